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

    static void requireValid(Map<String, FieldError> errors) {
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
    }
}
