package navaa.platform.boundary;

import jakarta.json.JsonObject;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorBodiesTest {

    private static final Map<String, FieldError> NO_FIELDS = Map.of();

    @Test
    void audioFamilyHasDoc000ShapeAndDoc001sErrorField() {
        JsonObject body = ErrorBodies.of(ApiFamily.AUDIO, ErrorCode.FILE_TOO_LARGE, "too big", Map.of("audio_file", FieldError.of("field.required")), Locale.ROOT, "req_1");
        assertEquals("error", body.getString("status"));
        assertEquals("too big", body.getString("message"));
        assertEquals("FILE_TOO_LARGE", body.getString("error_code"));
        assertEquals("This field is required.", body.getJsonObject("details").getString("audio_file"));
        assertEquals("too big", body.getString("error"));
    }

    @Test
    void contentFamilyIsDjangoRestFramework() {
        JsonObject detail = ErrorBodies.of(ApiFamily.CONTENT, ErrorCode.UNAUTHORIZED, "no credentials", NO_FIELDS, Locale.ROOT, null);
        assertEquals("no credentials", detail.getString("detail"));
        JsonObject fields = ErrorBodies.of(ApiFamily.CONTENT, ErrorCode.VALIDATION_ERROR, "invalid", Map.of("title", FieldError.of("field.required")), Locale.ROOT, null);
        assertEquals("This field is required.", fields.getJsonArray("title").getString(0));
        assertFalse(fields.containsKey("detail"));
    }

    @Test
    void clinicFamilyNestsCodeRequestIdAndFieldErrors() {
        JsonObject error = ErrorBodies.of(ApiFamily.CLINIC, ErrorCode.VALIDATION_ERROR, "bad", Map.of("refresh", FieldError.of("field.tooLong", 100)),
                Messages.PERSIAN, "req_abc").getJsonObject("error");
        assertEquals("VALIDATION_ERROR", error.getString("code"));
        assertEquals("bad", error.getString("message"));
        assertEquals("req_abc", error.getString("request_id"));
        assertTrue(error.getString("timestamp").endsWith("Z"));
        assertEquals("حداکثر ۱۰۰ نویسه", error.getJsonObject("details").getJsonObject("field_errors").getJsonArray("refresh").getString(0));
    }

    @Test
    void chatFamilyIsAFlatErrorString() {
        JsonObject body = ErrorBodies.of(ApiFamily.CHAT, ErrorCode.ACCOUNT_INACTIVE, "حساب کاربری غیرفعال است", NO_FIELDS, Messages.PERSIAN, null);
        assertEquals("حساب کاربری غیرفعال است", body.getString("error"));
        assertEquals("ACCOUNT_INACTIVE", body.getString("code"));
        assertFalse(body.containsKey("fields"));
    }
}
