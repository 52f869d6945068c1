package navaa.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The only place that builds error JSON: one documented shape per API family (api-map,
 * "Error bodies"), each with the machine code and the message in the caller's language.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static JsonObject of(ApiFamily family, ErrorCode code, String message, Map<String, FieldError> fieldErrors,
                                Locale locale, String requestId) {
        return switch (family) {
            case AUDIO -> audio(code, message, fieldErrors, locale);
            case CONTENT -> content(code, message, fieldErrors, locale);
            case CLINIC -> clinic(code, message, fieldErrors, locale, requestId);
            case CHAT -> chat(code, message, fieldErrors, locale);
        };
    }

    /**
     * Docs 000/001: status, message, error_code, details; doc 001's clients read "error".
     * {@code error_code} is one of doc 000's; a finer platform code is {@code details.reason}.
     */
    private static JsonObject audio(ErrorCode code, String message, Map<String, FieldError> fields, Locale locale) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        fields.forEach((field, error) -> details.add(field, error.text(locale)));
        ErrorCode documented = AudioErrorCodes.documented(code);
        if (documented != code) {
            details.add("reason", code.name());
        }
        return Json.createObjectBuilder()
                .add("status", "error")
                .add("message", message)
                .add("error_code", documented.name())
                .add("details", details)
                .add("error", message)
                .build();
    }

    /** Doc 002 (Django REST framework): field lists for validation, else {"detail"}. */
    private static JsonObject content(ErrorCode code, String message, Map<String, FieldError> fields, Locale locale) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (fields.isEmpty()) {
            return body.add("detail", message).add("code", code.name()).build();
        }
        fields.forEach((field, error) -> body.add(field, Json.createArrayBuilder().add(error.text(locale))));
        return body.build();
    }

    /** Doc 003: {"error": {code, message, details.field_errors, request_id, timestamp}}. */
    private static JsonObject clinic(ErrorCode code, String message, Map<String, FieldError> fields, Locale locale, String requestId) {
        JsonObjectBuilder fieldErrors = Json.createObjectBuilder();
        fields.forEach((field, error) -> fieldErrors.add(field, Json.createArrayBuilder().add(error.text(locale))));
        JsonObjectBuilder details = Json.createObjectBuilder();
        if (!fields.isEmpty()) {
            details.add("field_errors", fieldErrors);
        }
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("code", code.name())
                .add("message", message)
                .add("details", details)
                .add("request_id", requestId == null ? "" : requestId)
                .add("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
                .build();
    }

    /** Doc 003's OTP endpoints past their limits: {"error":"too_many_requests","message","retry_after"}. */
    public static JsonObject flatTooMany(String message, long retryAfterSeconds) {
        return Json.createObjectBuilder().add("error", "too_many_requests").add("message", message)
                .add("retry_after", retryAfterSeconds).build();
    }

    /** Doc 004: {"error": "..."}, plus the code and, for validation, which fields. */
    private static JsonObject chat(ErrorCode code, String message, Map<String, FieldError> fields, Locale locale) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", message).add("code", code.name());
        if (!fields.isEmpty()) {
            JsonObjectBuilder named = Json.createObjectBuilder();
            fields.forEach((field, error) -> named.add(field, error.text(locale)));
            body.add("fields", named);
        }
        return body.build();
    }
}
