package navaa.system;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's temporary access and notes end to end: a doctor asks for access with the
 * documented request (only the phone replaced) and gets the code, the masked phone and a QR
 * code that reads back to the code; nothing opens before the patient approves it with the
 * code (either case); then the doctor writes a note and a private one; another doctor sees
 * nothing, and not the private note even with a grant of their own; the patient's notes hide
 * the private one; revocation and expiry close the door again; wrong codes are limited; every
 * look, allowed or refused, is in the patient's access log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessGrantsIT {

    private static final String PASSWORD = "access-grants-it-pw";
    /** Doc 003's request, word for word; the phone number is its placeholder. */
    static final String GRANT = """
            {
              "patient_phone": "+989121234567",
              "access_duration_hours": 72,
              "permissions": ["view_history", "view_reports", "add_notes"],
              "reason": "پیگیری درمان"
            }""";
    /** Doc 003's note, word for word, without its encounter (none here). */
    private static final String NOTE = """
            {
              "note_type": "clinical",
              "content": "بیمار به درمان پاسخ مناسبی داده است. ادامه مصرف دارو توصیه می‌شود.",
              "is_private": false,
              "tags": ["followup", "medication"]
            }""";
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 10},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday"],
                "working_hours": {"start": "09:00", "end": "17:00"}, "break_times": [{"start": "12:00", "end": "13:00"}]}
            }""";
    private static final Set<String> NOTE_FIELDS = Set.of("id", "note_type", "content", "created_at", "created_by", "encounter",
            "is_private", "tags");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** A doctor made by the admin, signed in: their client and account id. */
    private record Doctor(Http http, String id) {
    }

    private static Doctor doctor(Http admin, String first, String last, String language) {
        String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"doctor\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"");
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        Http http = new Http().with("Authorization", "Bearer " + token.json().getString("access")).with("Accept-Language", language);
        Http.Reply profile = admin.get("/api/admin/doctors/" + username + "/profile");
        assertEquals(200, profile.status(), profile::toString);
        return new Doctor(http, profile.json().getString("id"));
    }

    /** A patient signed in by OTP (their first sign-in makes the account), named through their profile. */
    private static Http patient(Http admin, String local, String language) {
        Http anonymous = new Http();
        assertEquals(200, ClinicOtp.request(anonymous, local, "sms", "fa").status());
        Http.Reply verified = ClinicOtp.verify(anonymous, local, ClinicOtp.code(ClinicOtp.newestMessage(admin, local)), "fa");
        assertEquals(200, verified.status(), verified::toString);
        Http http = new Http().with("Authorization", "Bearer " + verified.json().getString("access")).with("Accept-Language", language);
        Http.Reply named = http.patchJson("/api/v1/patients/profile", "{\"first_name\": \"علی\", \"last_name\": \"محمدی\"}");
        assertEquals(200, named.status(), named::toString);
        return http;
    }

    private static String qrText(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void aGrantOpensThePatientsRecordOnlyOnceApprovedAndUntilRevokedOrExpired() throws Exception {
        Http admin = Accounts.admin();
        Doctor sara = doctor(admin, "سارا", "احمدی", "fa");
        Doctor other = doctor(admin, "رضا", "کریمی", "en");
        String local = ClinicOtp.newLocalNumber();
        String e164 = ClinicOtp.e164(local);
        Http ali = patient(admin, local, "fa");
        String aliId = ali.get("/api/v1/patients/profile").json().getString("id");
        String notes = "/api/v1/doctors/patients/" + aliId + "/notes/";
        String profile = "/api/v1/doctors/patients/" + aliId + "/";

        // the documented request, only the phone replaced: 201 with every documented field
        Http.Reply granted = sara.http().postJson("/api/v1/doctors/patient-access/grant/", GRANT.replace("+989121234567", e164));
        assertEquals(201, granted.status(), granted::toString);
        JsonObject g = granted.json();
        assertEquals(Set.of("access_code", "patient", "permissions", "expires_at", "qr_code_url"), g.keySet());
        String code = g.getString("access_code");
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
        assertEquals(aliId, g.getJsonObject("patient").getString("id"));
        assertEquals("علی محمدی", g.getJsonObject("patient").getString("name"));
        assertEquals(e164.substring(0, 5) + "****" + e164.substring(9), g.getJsonObject("patient").getString("phone_number"));
        assertEquals(List.of("view_history", "view_reports", "add_notes"),
                g.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        Instant expires = Instant.parse(g.getString("expires_at"));
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofHours(72)), expires).toMinutes()) < 5, expires::toString);

        // the QR code: a PNG of this server, open to whoever holds the code, reading back to it
        URI qr = URI.create(g.getString("qr_code_url"));
        assertEquals(URI.create(Http.BASE).getPort(), qr.getPort(), qr::toString);
        assertEquals("/api/v1/qr/access/" + code, qr.getPath());
        HttpResponse<byte[]> png = new Http().download(qr.getPath());
        assertEquals(200, png.statusCode());
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("image/png"), png.headers()::toString);
        assertEquals("helssa-access:" + code, qrText(png.body()));
        clinicError(new Http().get("/api/v1/qr/access/ZZZZZZ", "Accept", "application/json"), 404, "NOT_FOUND");

        // refusals of the request, in Persian and English
        JsonObject unknown = clinicError(sara.http().postJson("/api/v1/doctors/patient-access/grant/",
                GRANT.replace("+989121234567", "09120000000")), 404, "PATIENT_NOT_FOUND");
        assertEquals("بیماری با این شماره تلفن پیدا نشد", unknown.getString("message"));
        JsonObject bad = clinicError(other.http().postJson("/api/v1/doctors/patient-access/grant/",
                "{\"patient_phone\": \"123\", \"access_duration_hours\": 0, \"permissions\": [\"everything\"]}"), 400, "VALIDATION_ERROR");
        assertEquals(Set.of("patient_phone", "access_duration_hours", "permissions"),
                bad.getJsonObject("details").getJsonObject("field_errors").keySet(), bad::toString);
        clinicError(ali.postJson("/api/v1/doctors/patient-access/grant/", GRANT.replace("+989121234567", e164)), 403, "FORBIDDEN");

        // before approval: nothing
        clinicError(sara.http().get(notes), 404, "NOT_FOUND");
        clinicError(sara.http().get(profile), 404, "NOT_FOUND");
        clinicError(sara.http().postJson(notes, NOTE), 404, "NOT_FOUND");

        // the patient sees the pending grant and approves it with the code in lower case
        JsonObject listed = ali.get("/api/v1/patients/access-grants/").json();
        assertEquals(1, listed.getInt("count"));
        JsonObject pending = listed.getJsonArray("results").getJsonObject(0);
        String grantId = pending.getString("id");
        assertEquals("pending", pending.getString("status"));
        assertEquals(sara.id(), pending.getJsonObject("doctor").getString("id"));
        assertEquals("دکتر سارا احمدی", pending.getJsonObject("doctor").getString("name"));
        assertEquals(g.getString("expires_at"), pending.getString("expires_at"));
        assertTrue(pending.containsKey("created_at"));
        JsonObject wrong = clinicError(ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"ZZZZZZ\"}"),
                404, "NOT_FOUND");
        assertTrue(wrong.getJsonObject("details").getJsonObject("field_errors").containsKey("access_code"), wrong::toString);
        clinicError(ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"12\"}"), 400, "VALIDATION_ERROR");
        Http.Reply approved = ali.postJson("/api/v1/patients/access-grants/approve/",
                "{\"access_code\": \"" + code.toLowerCase(Locale.ROOT) + "\"}");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("approved", approved.json().getString("status"));
        assertEquals("5", approved.header("X-RateLimit-Limit"), "the wrong codes' budget");
        clinicError(ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"" + code + "\"}"), 404, "NOT_FOUND");
        assertEquals(404, new Http().download(qr.getPath()).statusCode(), "no picture once approved");

        // now the doctor writes a note and a private one, and reads the profile
        Http.Reply note = sara.http().postJson(notes, NOTE);
        assertEquals(201, note.status(), note::toString);
        JsonObject n = note.json();
        assertEquals(NOTE_FIELDS, n.keySet());
        assertEquals("clinical", n.getString("note_type"));
        assertEquals("بیمار به درمان پاسخ مناسبی داده است. ادامه مصرف دارو توصیه می‌شود.", n.getString("content"));
        assertEquals(sara.id(), n.getJsonObject("created_by").getString("id"));
        assertEquals("دکتر سارا احمدی", n.getJsonObject("created_by").getString("name"));
        assertEquals(JsonValue.NULL, n.get("encounter"));
        assertFalse(n.getBoolean("is_private"));
        assertEquals(List.of("followup", "medication"), n.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(s -> s.getString()).toList());
        Http.Reply secret = sara.http().postJson(notes, "{\"note_type\": \"followup\", \"content\": \"فقط برای من\", \"is_private\": true}");
        assertEquals(201, secret.status(), secret::toString);
        String secretId = secret.json().getString("id");
        clinicError(sara.http().postJson(notes, "{\"note_type\": \"gossip\"}"), 400, "VALIDATION_ERROR");
        clinicError(sara.http().postJson(notes, "{\"content\": \"x\", \"encounter_id\": \"" + UUID.randomUUID() + "\"}"),
                400, "VALIDATION_ERROR");
        assertEquals(2, sara.http().get(notes).json().getInt("count"));
        Http.Reply seen = sara.http().get(profile);
        assertEquals(200, seen.status(), seen::toString);
        assertEquals("علی", seen.json().getString("first_name"));

        // another doctor: nothing, and not the private note even with an approved grant of their own
        clinicError(other.http().get(notes), 404, "NOT_FOUND");
        JsonObject refusedEn = clinicError(other.http().postJson(notes, NOTE), 404, "NOT_FOUND");
        assertEquals("Not found.", refusedEn.getString("message"));
        clinicError(other.http().get(profile), 404, "NOT_FOUND");
        String otherCode = other.http().postJson("/api/v1/doctors/patient-access/grant/",
                "{\"patient_phone\": \"" + local + "\", \"access_duration_hours\": 1, \"permissions\": [\"view_history\"]}")
                .json().getString("access_code");
        assertEquals(200, ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"" + otherCode + "\"}").status());
        JsonArray theirs = other.http().get(notes).json().getJsonArray("results");
        assertEquals(List.of(n.getString("id")), theirs.stream().map(v -> v.asJsonObject().getString("id")).toList());
        clinicError(other.http().postJson(notes, NOTE), 404, "NOT_FOUND");

        // the patient's own notes: not the private one
        JsonObject own = ali.get("/api/v1/patients/notes/").json();
        assertEquals(1, own.getInt("count"));
        assertEquals(n, own.getJsonArray("results").getJsonObject(0));
        assertFalse(own.toString().contains(secretId));

        // revocation closes the door at once
        Http.Reply revoked = ali.postJson("/api/v1/patients/access-grants/" + grantId + "/revoke/", "{}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("revoked", revoked.json().getString("status"));
        clinicError(sara.http().get(notes), 404, "NOT_FOUND");
        clinicError(sara.http().postJson(notes, NOTE), 404, "NOT_FOUND");
        clinicError(other.http().postJson("/api/v1/patients/access-grants/" + grantId + "/revoke/", "{}"), 403, "FORBIDDEN");

        // expiry: the other doctor's grant, its time set in the past, gives nothing
        sql("UPDATE clinic_access_grants SET expires_at = '2020-01-01 00:00:00' WHERE access_code = '" + otherCode + "'");
        clinicError(other.http().get(notes), 404, "NOT_FOUND");
        JsonArray grants = ali.get("/api/v1/patients/access-grants/").json().getJsonArray("results");
        assertEquals(List.of("expired", "revoked"), grants.stream().map(v -> v.asJsonObject().getString("status")).toList());

        // wrong codes: five in the window (two above, right ones do not count), then 429 with where the patient stands
        for (int i = 0; i < 3; i++) {
            clinicError(ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"ZZZZZZ\"}"), 404, "NOT_FOUND");
        }
        Http.Reply limited = ali.postJson("/api/v1/patients/access-grants/approve/", "{\"access_code\": \"ZZZZZZ\"}");
        clinicError(limited, 429, "TOO_MANY_REQUESTS");
        assertEquals("5", limited.header("X-RateLimit-Limit"), limited::toString);
        assertEquals("0", limited.header("X-RateLimit-Remaining"), limited::toString);
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0, limited::toString);

        // the access log: every look by a doctor, allowed or refused, with its ground
        JsonArray log = ali.get("/api/v1/patients/access-log/?page_size=100").json().getJsonArray("results");
        assertTrue(entries(log, sara.id(), "note.create", true).stream()
                .allMatch(e -> grantId.equals(e.getString("grant_id")) && e.get("encounter_id") == JsonValue.NULL), log::toString);
        // the note, the private one, and the one refused for an encounter not the patient's (the look itself was allowed)
        assertEquals(3, entries(log, sara.id(), "note.create", true).size(), log::toString);
        assertEquals(2, entries(log, sara.id(), "note.create", false).size(), () -> "before approval and after revocation: " + log);
        assertEquals(1, entries(log, sara.id(), "patient.profile", true).size(), log::toString);
        assertEquals(1, entries(log, sara.id(), "patient.profile", false).size(), log::toString);
        assertFalse(entries(log, other.id(), "note.list", false).isEmpty(), log::toString);
        assertFalse(entries(log, other.id(), "note.create", false).isEmpty(), log::toString);
        assertEquals(1, entries(log, sara.id(), "access_grant.request", true).size(), log::toString);
    }

    @Test
    void theDoctorOfAnEncounterWritesItsNotesWithoutAGrant() {
        Http admin = Accounts.admin();
        String specialty = "grants-" + UUID.randomUUID().toString().substring(0, 8);
        Doctor maryam = doctor(admin, "مریم", "رضایی", "fa");
        Doctor other = doctor(admin, "رضا", "کریمی", "en");
        String local = ClinicOtp.newLocalNumber();
        Http ali = patient(admin, local, "fa");
        String aliId = ali.get("/api/v1/patients/profile").json().getString("id");
        Http.Reply settings = maryam.http().putJson("/api/v1/doctors/settings/", SETTINGS);
        assertEquals(200, settings.status(), settings::toString);
        Http.Reply profile = maryam.http().putJson("/api/v1/doctors/profile/",
                "{\"specialty\": {\"id\": \"" + specialty + "\", \"title\": \"متخصص قلب\"}}");
        assertEquals(200, profile.status(), profile::toString);
        String next = ali.get("/api/v1/patients/doctors/search/?specialty=" + specialty).json().getJsonArray("results")
                .getJsonObject(0).getJsonObject("availability").getString("next_available");
        Http.Reply booked = ali.postJson("/api/v1/patients/encounters/book/", "{\"doctor_id\": \"" + maryam.id()
                + "\", \"scheduled_at\": \"" + next + "\", \"visit_type\": \"online\", \"chief_complaint\": \"سردرد\"}");
        assertEquals(201, booked.status(), booked::toString);
        String encounter = booked.json().getString("id");
        String notes = "/api/v1/doctors/patients/" + aliId + "/notes/";

        // the encounter's doctor, no grant: a note of that encounter only
        clinicError(maryam.http().postJson(notes, NOTE), 404, "NOT_FOUND");
        Http.Reply note = maryam.http().postJson(notes, NOTE.replace("{", "{\"encounter_id\": \"" + encounter + "\","));
        assertEquals(201, note.status(), note::toString);
        JsonObject e = note.json().getJsonObject("encounter");
        assertEquals(encounter, e.getString("id"));
        assertEquals(java.time.LocalDate.ofInstant(Instant.parse(next), java.time.ZoneId.of("Asia/Tehran")).toString(), e.getString("date"));
        assertEquals(1, maryam.http().get(notes + "?encounter_id=" + encounter).json().getInt("count"));
        clinicError(maryam.http().get(notes), 404, "NOT_FOUND");
        clinicError(maryam.http().get("/api/v1/doctors/patients/" + aliId + "/"), 404, "NOT_FOUND");
        // another doctor naming the encounter gets nothing
        clinicError(other.http().postJson(notes, NOTE.replace("{", "{\"encounter_id\": \"" + encounter + "\",")), 404, "NOT_FOUND");
        clinicError(other.http().get(notes + "?encounter_id=" + encounter), 404, "NOT_FOUND");
        // the log names the encounter that allowed the look
        JsonArray log = ali.get("/api/v1/patients/access-log/?page_size=100").json().getJsonArray("results");
        List<JsonObject> allowed = entries(log, maryam.id(), "note.create", true);
        assertEquals(1, allowed.size(), log::toString);
        assertEquals(encounter, allowed.get(0).getString("encounter_id"));
        assertEquals(JsonValue.NULL, allowed.get(0).get("grant_id"));
        assertEquals(1, entries(log, maryam.id(), "note.create", false).size(), log::toString);
    }

    private static List<JsonObject> entries(JsonArray log, String actor, String action, boolean allowed) {
        return log.stream().map(JsonValue::asJsonObject)
                .filter(e -> actor.equals(e.getJsonObject("actor").getString("id")) && action.equals(e.getString("action"))
                        && e.getBoolean("allowed") == allowed)
                .toList();
    }

    private static void sql(String statement) throws IOException, InterruptedException {
        Process mariadb = new ProcessBuilder(List.of("mariadb", "-h", "127.0.0.1", "-u", "root",
                System.getProperty("navaa.it.database", "navaa_it"), "-e", statement)).redirectErrorStream(true).start();
        String output = new String(mariadb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, mariadb.waitFor(), () -> statement + ": " + output);
    }
}
