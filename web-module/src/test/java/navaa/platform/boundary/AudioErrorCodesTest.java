package navaa.platform.boundary;

import jakarta.json.JsonObject;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every platform code, as a client of doc 000 or doc 001 sees it. */
class AudioErrorCodesTest {

    /** Doc 000's table, by HTTP status. */
    private static final Map<Integer, String> DOC_000 = Map.of(400, "BAD_REQUEST", 401, "UNAUTHORIZED", 403, "FORBIDDEN",
            404, "NOT_FOUND", 413, "FILE_TOO_LARGE", 415, "UNSUPPORTED_MEDIA", 500, "SERVER_ERROR", 503, "SERVICE_UNAVAILABLE");

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeReachesAudioClientsAsADocumentedOneWithTheFinerReasonInDetails(ErrorCode code) {
        JsonObject body = ErrorBodies.of(ApiFamily.AUDIO, code, "text", Map.of(), Locale.ROOT, "req_1");
        String answered = body.getString("error_code");
        assertTrue(Set.copyOf(DOC_000.values()).contains(answered), code + " answered " + answered);
        String expected = switch (code.status()) {
            case 429 -> "SERVICE_UNAVAILABLE";
            default -> DOC_000.getOrDefault(code.status(), code.status() >= 500 ? "SERVER_ERROR" : "BAD_REQUEST");
        };
        assertEquals(expected, answered, code::name);
        JsonObject details = body.getJsonObject("details");
        if (answered.equals(code.name())) {
            assertFalse(details.containsKey("reason"), body::toString);
        } else {
            assertEquals(code.name(), details.getString("reason"), body::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void theOtherFamiliesKeepThePlatformsCode(ErrorCode code) {
        assertEquals(code.name(), ErrorBodies.of(ApiFamily.CHAT, code, "text", Map.of(), Locale.ROOT, null).getString("code"));
        assertEquals(code.name(), ErrorBodies.of(ApiFamily.CONTENT, code, "text", Map.of(), Locale.ROOT, null).getString("code"));
        assertEquals(code.name(), ErrorBodies.of(ApiFamily.CLINIC, code, "text", Map.of(), Locale.ROOT, "req_1")
                .getJsonObject("error").getString("code"));
    }

    @Test
    void theReasonSitsBesideTheFieldsOfAValidationError() {
        JsonObject details = ErrorBodies.of(ApiFamily.AUDIO, ErrorCode.NO_FILE, "No file provided",
                Map.of("audio_file", FieldError.of("field.required")), Locale.ROOT, "req_1").getJsonObject("details");
        assertEquals("NO_FILE", details.getString("reason"));
        assertEquals("This field is required.", details.getString("audio_file"));
    }

    @Test
    void theDocumentedSetIsDoc000sTable() {
        assertEquals(Set.copyOf(DOC_000.values()), AudioErrorCodes.DOCUMENTED.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        AudioErrorCodes.DOCUMENTED.forEach(code -> assertEquals(DOC_000.get(code.status()), code.name()));
    }
}
