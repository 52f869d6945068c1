package navaa.clinic.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fields of a doctor's JSON body, collecting what is wrong under the field's
 * dotted path ({@code availability.working_hours.start}), as doc 003's {@code field_errors}
 * names them. A reader answers null for a field that is missing or wrong, having noted which.
 */
final class DoctorFields {

    private static final Pattern HOUR = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    Map<String, FieldError> errors() {
        return Map.copyOf(errors);
    }

    void error(String path, String key, Object... arguments) {
        errors.putIfAbsent(path, FieldError.of(key, arguments));
    }

    boolean has(JsonObject body, String name) {
        return body.containsKey(name);
    }

    /** A nested object; null (noted) when it is something else. */
    JsonObject object(JsonObject body, String name, String path) {
        JsonValue value = body.get(name);
        if (value instanceof JsonObject object) {
            return object;
        }
        error(path, value == null ? "field.required" : "field.object");
        return null;
    }

    /** A sent nested object handed to {@code reader}; nothing when not sent, noted when not an object. */
    void section(JsonObject body, String name, java.util.function.Consumer<JsonObject> reader) {
        if (body.containsKey(name)) {
            JsonObject section = object(body, name, name);
            if (section != null) {
                reader.accept(section);
            }
        }
    }

    /** Optional text (null clears it) that {@code valid} accepts, else noted under {@code key}. */
    String matching(JsonObject body, String name, int max, java.util.function.Predicate<String> valid, String key) {
        String value = text(body, name, name, max, false);
        if (value != null && !valid.test(value)) {
            error(name, key);
        }
        return value;
    }

    Long number(JsonObject body, String name, String path, long min, long max) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            error(path, "field.required");
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            error(path, "field.range", min, max);
            return null;
        }
        return n.longValue();
    }

    Boolean bool(JsonObject body, String name, String path) {
        JsonValue value = body.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        error(path, value == null ? "field.required" : "field.boolean");
        return null;
    }

    /** Text of at most {@code max} characters, stripped; blank or null is null (no error) unless required. */
    String text(JsonObject body, String name, String path, int max, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL || value instanceof JsonString s && s.getString().isBlank()) {
            if (required) {
                error(path, "field.required");
            }
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().strip().length() > max || s.getString().indexOf('\0') >= 0) {
            error(path, "field.tooLong", max);
            return null;
        }
        return s.getString().strip();
    }

    /** {@code "09:00"}: a time of day, hours and minutes. */
    LocalTime time(JsonObject body, String name, String path) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonString s) || !HOUR.matcher(s.getString()).matches()) {
            error(path, value == null ? "field.required" : "field.time");
            return null;
        }
        try {
            return LocalTime.parse(s.getString(), DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException e) {
            error(path, "field.time");
            return null;
        }
    }

    /** Distinct non-blank texts in their order, at most {@code maxItems} of at most {@code maxLength} characters. */
    List<String> texts(JsonObject body, String name, String path, int maxItems, int maxLength) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonArray array)) {
            error(path, value == null ? "field.required" : "field.list");
            return null;
        }
        if (array.size() > maxItems) {
            error(path, "field.tooMany", maxItems);
            return null;
        }
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank() || s.getString().strip().length() > maxLength
                    || s.getString().indexOf('\0') >= 0) {
                error(path, "field.listItem", maxLength);
                return null;
            }
            texts.add(s.getString().strip());
        }
        return new ArrayList<>(texts);
    }

    /** The items of an array of objects; null (noted) for anything else. */
    List<JsonObject> objects(JsonObject body, String name, String path, int maxItems) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(item -> !(item instanceof JsonObject))) {
            error(path, value == null ? "field.required" : "field.list");
            return null;
        }
        if (array.size() > maxItems) {
            error(path, "field.tooMany", maxItems);
            return null;
        }
        return array.getValuesAs(JsonObject.class);
    }
}
