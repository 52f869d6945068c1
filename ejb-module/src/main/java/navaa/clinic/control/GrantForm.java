package navaa.clinic.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Doc 003's request for temporary access to a patient ("مدیریت دسترسی موقت"), checked:
 * {@code patient_phone} (09… or +989…, kept in E.164), {@code access_duration_hours} (a whole
 * number of hours from 1 to 720, thirty days), {@code permissions} (a non-empty list of
 * view_history, view_reports, add_notes) and {@code reason} (optional, at most 500 characters).
 */
public record GrantForm(String phone, int hours, Set<Permission> permissions, String reason) {

    public static final int MAX_HOURS = 720;
    public static final int MAX_REASON = 500;

    public record Result(GrantForm form, Map<String, FieldError> errors) {
    }

    public static Result read(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        String phone = null;
        if (!(b.get("patient_phone") instanceof JsonString given)) {
            errors.put("patient_phone", FieldError.of(b.containsKey("patient_phone") ? "field.phone" : "field.required"));
        } else {
            phone = PhoneNumbers.normalize(given.getString()).orElse(null);
            if (phone == null) {
                errors.put("patient_phone", FieldError.of("field.phone"));
            }
        }
        int hours = 0;
        if (b.get("access_duration_hours") instanceof JsonNumber n && n.isIntegral()
                && n.bigDecimalValue().compareTo(java.math.BigDecimal.ONE) >= 0
                && n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(MAX_HOURS)) <= 0) {
            hours = n.intValue();
        } else {
            errors.put("access_duration_hours", b.containsKey("access_duration_hours")
                    ? FieldError.of("field.range", 1, MAX_HOURS) : FieldError.of("field.required"));
        }
        Set<Permission> permissions = permissions(b.get("permissions"));
        if (permissions == null) {
            errors.put("permissions", FieldError.of(b.containsKey("permissions") ? "field.permissions" : "field.required"));
        }
        String reason = null;
        JsonValue r = b.get("reason");
        if (r instanceof JsonString s) {
            reason = s.getString().strip();
            if (reason.length() > MAX_REASON || reason.indexOf('\0') >= 0) {
                errors.put("reason", FieldError.of("field.text", MAX_REASON));
            } else if (reason.isEmpty()) {
                reason = null;
            }
        } else if (r != null && r != JsonValue.NULL) {
            errors.put("reason", FieldError.of("field.text", MAX_REASON));
        }
        return new Result(errors.isEmpty() ? new GrantForm(phone, hours, permissions, reason) : null, Map.copyOf(errors));
    }

    public Duration duration() {
        return Duration.ofHours(hours);
    }

    /** A non-empty list of known permissions (each at most once in effect), or null. */
    private static Set<Permission> permissions(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > Permission.values().length * 2) {
            return null;
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || Permission.parse(s.getString()).isEmpty()) {
                return null;
            }
            permissions.add(Permission.parse(s.getString()).get());
        }
        return permissions;
    }
}
