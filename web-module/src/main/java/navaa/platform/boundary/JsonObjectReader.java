package navaa.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every JSON body a resource takes as a {@link JsonObject}. JSON-P's own reader
 * hands over whatever the body holds, so {@code [1,2,3]}, {@code "x"} or {@code null}
 * reached the resource method as the wrong type and failed as a 500; here anything but
 * one object, like malformed JSON, is the client's 400 in its family's shape. Bodies are
 * bounded too: no JSON request of these APIs comes near {@link #MAX_BYTES}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(entity, mediaType);
    }

    /** Whether a body of this type is JSON. */
    public static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /** One JSON object from a body, for resources that take more than one kind of body. */
    public static JsonObject read(InputStream entity, MediaType mediaType) throws IOException {
        byte[] body = entity.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new NavaaException(ErrorCode.BODY_TOO_LARGE, MAX_BYTES / 1024);
        }
        return parse(body, charset(mediaType)).orElseThrow(() -> new NavaaException(ErrorCode.BAD_REQUEST));
    }

    /** The one object the body holds; empty when it is malformed, nested too deep, empty, or something else. */
    private static Optional<JsonObject> parse(byte[] body, Charset charset) {
        try (JsonParser parser = Json.createParserFactory(Map.of()).createParser(new ByteArrayInputStream(body), charset)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (RuntimeException e) {
            // JsonException for bad syntax, but Parsson's depth limit (1000) is a plain
            // RuntimeException, and what a parser throws on garbage is its own business
            return Optional.empty();
        }
    }

    static Charset charset(MediaType mediaType) {
        String named = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException e) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
    }
}
