package navaa.content.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a yt-dlp style {@code .info.json} beside a video says of it: its title and description
 * (better than the container's), {@code webpage_url} and {@code extractor} (the result's link
 * and platform), and a few small fields kept as search metadata. yt-dlp's file also lists every
 * format and thumbnail (megabytes); only the named scalar fields are read.
 */
public record SidecarInfo(String title, String description, String webpageUrl, String extractor, String language,
                          Map<String, Object> metadata) {

    /** Larger files are not read: yt-dlp's own stay well under this even with every format listed. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 20_000;
    private static final int MAX_VALUE = 300;
    /** The sidecar's fields passed on in a result's metadata. */
    private static final String[] KEPT = {"id", "uploader", "channel", "upload_date", "duration", "view_count",
            "like_count", "language"};

    public static final SidecarInfo NONE = new SidecarInfo(null, null, null, null, null, Map.of());

    /** @throws IllegalArgumentException when the text is not a JSON object */
    public static SidecarInfo parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonObject info = root.getAsJsonObject();
        String extractor = text(info, "extractor", MAX_VALUE);
        if (extractor == null) {
            extractor = text(info, "extractor_key", MAX_VALUE);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String key : KEPT) {
            JsonElement value = info.get(key);
            if (value != null && value.isJsonPrimitive()) {
                JsonPrimitive primitive = value.getAsJsonPrimitive();
                if (primitive.isNumber()) {
                    java.math.BigDecimal number = primitive.getAsBigDecimal();
                    // a count stays a whole number in the result's JSON
                    metadata.put(key, number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValue()
                            : (Object) number.doubleValue());
                } else if (primitive.isString()) {
                    metadata.put(key, cut(primitive.getAsString(), MAX_VALUE));
                }
            }
        }
        return new SidecarInfo(text(info, "title", MAX_TITLE), text(info, "description", MAX_DESCRIPTION),
                text(info, "webpage_url", 2048), extractor, text(info, "language", 16), metadata);
    }

    private static String text(JsonObject object, String key, int max) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : cut(text, max);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
