package navaa.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonObjectReaderTest {

    private final JsonObjectReader reader = new JsonObjectReader();

    @Test
    void anObjectIsRead() throws IOException {
        assertEquals("علی", read("{\"name\":\"علی\"}", MediaType.APPLICATION_JSON_TYPE).getString("name"));
        assertEquals(1, read("{\"a\":1}", MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).getInt("a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2,3]", "\"x\"", "3", "null", "true", "", "   ", "{", "{\"a\":1} {\"b\":2}", "{\"a\":}", "\u0000"})
    void anythingButOneObjectIsABadRequest(String body) {
        NavaaException refused = assertThrows(NavaaException.class, () -> read(body, MediaType.APPLICATION_JSON_TYPE));
        assertEquals(ErrorCode.BAD_REQUEST, refused.code(), body);
    }

    @Test
    void nestingPastTheParsersLimitIsABadRequestNotAFailure() {
        String deep = "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(NavaaException.class, () -> read(deep, MediaType.APPLICATION_JSON_TYPE)).code());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutParsingIt() {
        String big = "{\"a\":\"" + "x".repeat(JsonObjectReader.MAX_BYTES) + "\"}";
        assertEquals(ErrorCode.BODY_TOO_LARGE, assertThrows(NavaaException.class, () -> read(big, MediaType.APPLICATION_JSON_TYPE)).code());
    }

    @Test
    void anUnknownCharsetIsABadRequest() {
        MediaType odd = new MediaType("application", "json", Map.of("charset", "no-such-charset"));
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(NavaaException.class, () -> read("{}", odd)).code());
    }

    @Test
    void onlyJsonObjectsAreItsBusiness() {
        assertTrue(reader.isReadable(JsonObject.class, JsonObject.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(reader.isReadable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
    }

    private JsonObject read(String body, MediaType type) throws IOException {
        return reader.readFrom(JsonObject.class, JsonObject.class, null, type, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
