package navaa.content.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc 002's new project (§4.1.2), checked as Django REST framework would: {@code title}
 * (required, not blank, at most {@link #MAX_TITLE} characters) and {@code type} ({@code video}
 * or {@code text}, text when left out).
 */
public record ProjectForm(String title, String type) {

    public static final int MAX_TITLE = 255;
    public static final List<String> TYPES = List.of("video", "text");

    public record Result(ProjectForm form, Map<String, FieldError> errors) {
    }

    public static Result read(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        JsonValue t = b.get("title");
        String title = null;
        if (t == null || t == JsonValue.NULL) {
            errors.put("title", FieldError.of(t == null ? "field.required" : "field.null"));
        } else if (!(t instanceof JsonString s)) {
            errors.put("title", FieldError.of("field.string"));
        } else if (s.getString().isBlank()) {
            errors.put("title", FieldError.of("field.blank"));
        } else if (s.getString().strip().length() > MAX_TITLE || s.getString().indexOf('\0') >= 0) {
            errors.put("title", FieldError.of("field.maxLength", MAX_TITLE));
        } else {
            title = s.getString().strip();
        }
        String type = "text";
        JsonValue y = b.get("type");
        if (y instanceof JsonString s && TYPES.contains(s.getString())) {
            type = s.getString();
        } else if (y != null) {
            errors.put("type", FieldError.of("field.choice", Choices.shown(y)));
        }
        return new Result(errors.isEmpty() ? new ProjectForm(title, type) : null, Map.copyOf(errors));
    }
}
