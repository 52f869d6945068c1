package navaa.content.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Doc 002's new content (§4.3.1), checked as Django REST framework would: {@code search_result_id}
 * required, a UUID (any case, with or without hyphens, as DRF's UUIDField takes it), kept in
 * its hyphenated lower-case form.
 */
public record ContentForm(String searchResultId) {

    private static final Pattern HYPHENATED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PLAIN = Pattern.compile("[0-9a-f]{32}");

    public record Result(ContentForm form, Map<String, FieldError> errors) {
    }

    public static Result read(JsonObject body) {
        JsonValue id = (body == null ? JsonValue.EMPTY_JSON_OBJECT : body).get("search_result_id");
        if (id == null || id == JsonValue.NULL) {
            return invalid(id == null ? "field.required" : "field.null");
        }
        if (!(id instanceof JsonString s) || s.getString().length() > 40) {
            return invalid("field.uuid");
        }
        String text = s.getString().strip().toLowerCase(Locale.ROOT);
        if (PLAIN.matcher(text).matches()) {
            text = text.substring(0, 8) + "-" + text.substring(8, 12) + "-" + text.substring(12, 16) + "-"
                    + text.substring(16, 20) + "-" + text.substring(20);
        }
        if (!HYPHENATED.matcher(text).matches()) {
            return invalid("field.uuid");
        }
        return new Result(new ContentForm(text), Map.of());
    }

    private static Result invalid(String key) {
        return new Result(null, Map.of("search_result_id", FieldError.of(key)));
    }
}
