package navaa.clinic.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc 003's note about a patient ("ثبت یادداشت برای بیمار"), checked: {@code encounter_id}
 * (optional, an encounter's id), {@code note_type} (one of {@link #TYPES}, clinical when left
 * out), {@code content} (required, at most 10 000 characters), {@code is_private} (false when
 * left out) and {@code tags} (at most 10 texts of at most 50 characters). {@code tags} is kept
 * in its stored form, a JSON array's text.
 */
public record NoteForm(String encounterId, String noteType, String content, boolean isPrivate, String tags) {

    public static final List<String> TYPES = List.of("clinical", "followup", "prescription", "other");
    public static final int MAX_CONTENT = 10_000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 50;

    public record Result(NoteForm form, Map<String, FieldError> errors) {
    }

    public static Result read(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        String encounter = null;
        JsonValue e = b.get("encounter_id");
        if (e instanceof JsonString s && s.getString().strip().length() <= 36 && !s.getString().isBlank()) {
            encounter = s.getString().strip();
        } else if (e != null && e != JsonValue.NULL) {
            errors.put("encounter_id", FieldError.of("field.encounter"));
        }
        String type = "clinical";
        JsonValue t = b.get("note_type");
        if (t instanceof JsonString s && TYPES.contains(s.getString())) {
            type = s.getString();
        } else if (t != null && t != JsonValue.NULL) {
            errors.put("note_type", FieldError.of("field.noteType"));
        }
        String content = b.get("content") instanceof JsonString s ? s.getString().strip() : null;
        if (content == null || content.isEmpty()) {
            errors.put("content", FieldError.of("field.required"));
        } else if (content.length() > MAX_CONTENT || content.indexOf('\0') >= 0) {
            errors.put("content", FieldError.of("field.text", MAX_CONTENT));
        }
        boolean isPrivate = false;
        JsonValue p = b.get("is_private");
        if (p == JsonValue.TRUE || p == JsonValue.FALSE) {
            isPrivate = p == JsonValue.TRUE;
        } else if (p != null && p != JsonValue.NULL) {
            errors.put("is_private", FieldError.of("field.boolean"));
        }
        String tags = "[]";
        JsonValue g = b.get("tags");
        if (g instanceof JsonArray array) {
            tags = TextLists.write(array, MAX_TAGS, MAX_TAG).orElse(null);
        } else if (g != null && g != JsonValue.NULL) {
            tags = null;
        }
        if (tags == null) {
            errors.put("tags", FieldError.of("field.textList", MAX_TAGS, MAX_TAG));
        }
        return new Result(errors.isEmpty() ? new NoteForm(encounter, type, content, isPrivate, tags) : null, Map.copyOf(errors));
    }
}
