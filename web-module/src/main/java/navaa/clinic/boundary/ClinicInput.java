package navaa.clinic.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import navaa.clinic.control.PhoneNumbers;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.Map;

/** Reading doc 003's request bodies: the fields, the phone number, and the 400 that names what is wrong. */
final class ClinicInput {

    private ClinicInput() {
    }

    static String text(JsonObject body, String field) {
        return body != null && body.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** The field's number in E.164, or null with the field's error recorded. */
    static String phone(JsonObject body, String field, Map<String, FieldError> errors) {
        String given = text(body, field);
        if (given == null) {
            errors.put(field, FieldError.of("field.required"));
            return null;
        }
        return PhoneNumbers.normalize(given).orElseGet(() -> {
            errors.put(field, FieldError.of("field.phone"));
            return null;
        });
    }

    /** Doc 003's six-digit {@code otp_code} (Persian digits too), stripped, or null with its error recorded. */
    static String otpCode(JsonObject body, Map<String, FieldError> errors) {
        String code = text(body, "otp_code");
        if (code == null || !code.strip().matches("[0-9\u06F0-\u06F9]{6}")) {
            errors.put("otp_code", FieldError.of(code == null ? "field.required" : "field.otpCode"));
            return null;
        }
        return code.strip();
    }

    static void requireValid(Map<String, FieldError> errors) {
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
    }
}
