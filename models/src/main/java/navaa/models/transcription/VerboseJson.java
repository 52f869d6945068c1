package navaa.models.transcription;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the answer of {@code POST /v1/audio/transcriptions} with {@code response_format=verbose_json}:
 * its {@code segments}' {@code start}, {@code end} and {@code text}. A server that answers only
 * {@code text} (some ignore the format) gives one segment over the whole piece.
 */
final class VerboseJson {

    private VerboseJson() {
    }

    /**
     * @param pieceSeconds the length of the audio sent, for an answer without segments
     * @throws IllegalArgumentException not JSON, or not a transcription's shape; the message says what
     */
    static List<TimedText> segments(String body, double pieceSeconds) {
        JsonObject answer;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("the answer is not a JSON object");
            }
            answer = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the answer is not JSON", e);
        }
        if (!answer.has("segments") || answer.get("segments").isJsonNull()) {
            String text = string(answer, "text", "the answer has neither segments nor text");
            return text.isBlank() ? List.of() : List.of(new TimedText(0, pieceSeconds, text));
        }
        if (!answer.get("segments").isJsonArray()) {
            throw new IllegalArgumentException("the answer's segments are not a list");
        }
        List<TimedText> segments = new ArrayList<>();
        for (JsonElement element : answer.getAsJsonArray("segments")) {
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("a segment is not a JSON object");
            }
            JsonObject segment = element.getAsJsonObject();
            segments.add(new TimedText(seconds(segment, "start"), seconds(segment, "end"),
                    string(segment, "text", "a segment has no text")));
        }
        return segments;
    }

    private static double seconds(JsonObject segment, String name) {
        JsonElement value = segment.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                || !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("a segment's " + name + " is not a number of seconds");
        }
        return value.getAsDouble();
    }

    private static String string(JsonObject object, String name, String missing) {
        JsonElement value = object.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException(missing);
        }
        return value.getAsString();
    }

    /** The server's own words about an error ({@code error.message}, {@code error}, {@code detail}), short. */
    static String errorMessage(String body) {
        String message = body;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject()) {
                JsonObject object = parsed.getAsJsonObject();
                JsonElement error = object.has("error") ? object.get("error") : object.get("detail");
                if (error != null && error.isJsonObject() && error.getAsJsonObject().has("message")) {
                    error = error.getAsJsonObject().get("message");
                }
                message = error == null ? body : error.isJsonPrimitive() ? error.getAsString() : error.toString();
            }
        } catch (JsonParseException e) {
            // not JSON: the body itself says it
        }
        message = message.strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
