package navaa.content.control;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** How a refused choice is named back in DRF's "\"x\" is not a valid choice.": bounded, so a long value is not echoed whole. */
final class Choices {

    private static final int SHOWN = 40;

    private Choices() {
    }

    static String shown(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString() : String.valueOf(value);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
