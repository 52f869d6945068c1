package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.clinic.control.Permission;
import navaa.clinic.control.PhoneNumbers;
import navaa.clinic.entity.AccessGrant;
import navaa.identity.entity.Account;
import navaa.platform.control.Messages;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Access grants in doc 003's words: the doctor's 201 and the patient's list (an extension). */
final class GrantJson {

    private GrantJson() {
    }

    /** Doc 003, POST /api/v1/doctors/patient-access/grant/: the 201 body. */
    static JsonObject granted(AccessGrants.Granted g, String qrUrl) {
        Account p = g.patient();
        return Json.createObjectBuilder()
                .add("access_code", g.grant().getAccessCode())
                .add("patient", Json.createObjectBuilder()
                        .add("id", p.getUuid())
                        .add("name", personName(p))
                        .add("phone_number", PhoneNumbers.maskInternational(p.getMobile())))
                .add("permissions", permissions(g.grant()))
                .add("expires_at", DoctorJson.timestamp(g.grant().getExpiresAt()))
                .add("qr_code_url", qrUrl)
                .build();
    }

    /** One of the patient's grants, as their list and the approve and revoke answers show it (no code: the doctor gives it). */
    static JsonObject listed(AccessGrants.Listed l, Locale locale) {
        AccessGrant g = l.grant();
        return Json.createObjectBuilder()
                .add("id", g.getUuid())
                .add("doctor", Json.createObjectBuilder()
                        .add("id", l.doctor() == null ? JsonValue.NULL : Json.createValue(l.doctor().getUuid()))
                        .add("name", l.doctor() == null ? JsonValue.NULL
                                : Json.createValue(Messages.text("doctor.title", locale, DoctorJson.fullName(l.doctor())))))
                .add("permissions", permissions(g))
                .add("reason", g.getReason() == null ? JsonValue.NULL : Json.createValue(g.getReason()))
                .add("status", AccessGrants.status(g, AccessGrants.now()))
                .add("expires_at", DoctorJson.timestamp(g.getExpiresAt()))
                .add("created_at", DoctorJson.timestamp(g.getCreatedAt()))
                .add("approved_at", time(g.getApprovedAt()))
                .add("revoked_at", time(g.getRevokedAt()))
                .build();
    }

    /** The patient's name as they gave it; null before they did (the account's username is not a name to show). */
    static JsonValue personName(Account a) {
        String name = Stream.of(a.getFirstName(), a.getLastName()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? JsonValue.NULL : Json.createValue(name);
    }

    private static JsonArrayBuilder permissions(AccessGrant g) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        g.getPermissions().stream().map(Permission::value).forEach(array::add);
        return array;
    }

    private static JsonValue time(Instant at) {
        return at == null ? JsonValue.NULL : Json.createValue(DoctorJson.timestamp(at));
    }
}
