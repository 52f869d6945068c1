package navaa.content.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Doc 002's search request (§4.2.1), checked: {@code query} (required, at most
 * {@link #MAX_QUERY} characters), {@code language} (a language code such as {@code fa}, en when
 * left out), {@code top_results_count} (1 to {@link #MAX_RESULTS}, 10 when left out),
 * {@code platforms} (some of {@link #PLATFORMS}; left out or empty: every platform) and
 * {@code params} (an object of at most {@link #MAX_PARAMS} characters of JSON, kept as given).
 * {@code other} is the platform of a library video whose sidecar names none (api-map §3).
 */
public record SearchForm(String query, String language, int topResultsCount, List<String> platforms, JsonObject params) {

    public static final int MAX_QUERY = 500;
    public static final int MAX_RESULTS = 50;
    public static final int DEFAULT_RESULTS = 10;
    public static final int MAX_PARAMS = 4000;
    public static final List<String> PLATFORMS = List.of("youtube", "instagram", "linkedin", "other");

    public record Result(SearchForm form, Map<String, FieldError> errors) {
    }

    /** What the sources are asked. */
    public VideoQuery query(int topResults) {
        return new VideoQuery(query, language, topResults, Set.copyOf(platforms));
    }

    public JsonArray platformsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        platforms.forEach(array::add);
        return array.build();
    }

    public static Result read(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        String query = null;
        JsonValue q = b.get("query");
        if (q == null || q == JsonValue.NULL) {
            errors.put("query", FieldError.of(q == null ? "field.required" : "field.null"));
        } else if (!(q instanceof JsonString s)) {
            errors.put("query", FieldError.of("field.string"));
        } else if (s.getString().isBlank()) {
            errors.put("query", FieldError.of("field.blank"));
        } else if (s.getString().strip().length() > MAX_QUERY || s.getString().indexOf('\0') >= 0) {
            errors.put("query", FieldError.of("field.maxLength", MAX_QUERY));
        } else {
            query = s.getString().strip();
        }
        String language = "en";
        JsonValue l = b.get("language");
        if (l instanceof JsonString s && s.getString().matches("[a-z]{2}")) {
            language = s.getString();
        } else if (l != null) {
            errors.put("language", FieldError.of("field.language"));
        }
        int top = DEFAULT_RESULTS;
        JsonValue n = b.get("top_results_count");
        Integer count = n == null ? Integer.valueOf(DEFAULT_RESULTS) : wholeNumber(n);
        if (count == null || count < 1 || count > MAX_RESULTS) {
            errors.put("top_results_count", FieldError.of("field.range", 1, MAX_RESULTS));
        } else {
            top = count;
        }
        List<String> platforms = List.of();
        JsonValue p = b.get("platforms");
        if (p != null) {
            platforms = platforms(p);
            if (platforms == null) {
                errors.put("platforms", FieldError.of("field.platforms"));
            }
        }
        JsonObject params = JsonValue.EMPTY_JSON_OBJECT;
        JsonValue o = b.get("params");
        if (o instanceof JsonObject object && object.toString().length() <= MAX_PARAMS) {
            params = object;
        } else if (o != null) {
            errors.put("params", FieldError.of("field.params", String.valueOf(MAX_PARAMS)));
        }
        return new Result(errors.isEmpty() ? new SearchForm(query, language, top, platforms, params) : null, Map.copyOf(errors));
    }

    /** An integer as DRF's IntegerField takes it: a whole JSON number, or a string of digits. */
    private static Integer wholeNumber(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.bigIntegerValue().bitLength() < 31 ? number.intValue() : null;
        }
        if (value instanceof JsonString s && s.getString().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(s.getString().strip());
        }
        return null;
    }

    /** The named platforms, each once in the order given; null when any is not one of {@link #PLATFORMS}. */
    private static List<String> platforms(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.size() > 2 * PLATFORMS.size()) {
            return null;
        }
        Set<String> named = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || !PLATFORMS.contains(s.getString())) {
                return null;
            }
            named.add(s.getString());
        }
        return List.copyOf(named);
    }
}
