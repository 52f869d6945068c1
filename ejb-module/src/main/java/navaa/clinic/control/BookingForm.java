package navaa.clinic.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc 003's booking request, read and checked: {@code doctor_id}, {@code scheduled_at}
 * (an ISO-8601 time with its offset), {@code visit_type} (online or in_person),
 * {@code chief_complaint}, an optional {@code description} and {@code insurance_info}
 * ({@code use_insurance}, {@code provider}, {@code number}).
 */
public record BookingForm(String doctorId, Instant scheduledAt, String visitType, String chiefComplaint, String description,
                          boolean useInsurance, String insuranceProvider, String insuranceNumber, Map<String, FieldError> errors) {

    public static final List<String> VISIT_TYPES = List.of("online", "in_person");

    public static BookingForm read(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String doctor = text(body, "doctor_id", 100, true, errors);
        Instant at = null;
        String when = text(body, "scheduled_at", 40, true, errors);
        if (when != null) {
            try {
                at = OffsetDateTime.parse(when).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("scheduled_at", FieldError.of("field.timestamp"));
            }
        }
        String type = text(body, "visit_type", 20, true, errors);
        if (type != null && !VISIT_TYPES.contains(type)) {
            errors.put("visit_type", FieldError.of("field.visitType"));
        }
        String complaint = text(body, "chief_complaint", 500, true, errors);
        String description = text(body, "description", 4000, false, errors);
        JsonValue insurance = body.get("insurance_info");
        JsonObject info = insurance instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        if (insurance != null && insurance != JsonValue.NULL && !(insurance instanceof JsonObject)) {
            errors.put("insurance_info", FieldError.of("field.object"));
        }
        JsonValue use = info.get("use_insurance");
        if (use != null && use != JsonValue.NULL && use != JsonValue.TRUE && use != JsonValue.FALSE) {
            errors.put("insurance_info.use_insurance", FieldError.of("field.boolean"));
        }
        String provider = text(info, "provider", 100, false, errors);
        String number = text(info, "number", 50, false, errors);
        return new BookingForm(doctor, at, type, complaint, description, use == JsonValue.TRUE, provider, number, errors);
    }

    private static String text(JsonObject object, String name, int max, boolean required, Map<String, FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.put(name, FieldError.of("field.required"));
            }
            return null;
        }
        if (value instanceof JsonString s && !s.getString().isBlank() && s.getString().strip().length() <= max) {
            return s.getString().strip();
        }
        errors.put(name, FieldError.of("field.text", max));
        return null;
    }
}
