package navaa.clinic.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Optional;

/** The profile's lists of short texts (allergies, diseases, medications), kept as JSON array text. */
public final class TextLists {

    private TextLists() {
    }

    /** The stored form of a list of texts, or empty when it holds anything but short texts. */
    static Optional<String> write(JsonArray array, int maxItems, int maxLength) {
        if (array.size() > maxItems) {
            return Optional.empty();
        }
        JsonArrayBuilder kept = Json.createArrayBuilder();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank() || s.getString().strip().length() > maxLength) {
                return Optional.empty();
            }
            kept.add(s.getString().strip());
        }
        return Optional.of(kept.build().toString());
    }

    /** The list of a stored value; none stored is an empty list. */
    public static JsonArray read(String stored) {
        if (stored == null || stored.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray();
        }
    }
}
