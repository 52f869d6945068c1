package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A request's query parameters read one by one, each bad one recorded as a field error. A
 * parameter sent empty counts as not sent, as Django's filters take it.
 */
final class QueryReader {

    private final Map<String, String> query;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    QueryReader(Map<String, String> query) {
        this.query = query;
    }

    String text(String name, int max) {
        String value = value(name);
        if (value != null && (value.length() > max || value.indexOf('\0') >= 0)) {
            errors.put(name, FieldError.of("field.tooLong", max));
            return null;
        }
        return value;
    }

    <T> T parsed(String name, Function<String, T> parser, String key) {
        String value = value(name);
        T parsed = value == null ? null : parser.apply(value);
        if (value != null && parsed == null) {
            errors.put(name, FieldError.of(key));
        }
        return parsed;
    }

    Map<String, FieldError> errors() {
        return Map.copyOf(errors);
    }

    /** A whole number from 1 to {@code max}; null for anything else. */
    static Integer number(String text, int max) {
        try {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String value(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
