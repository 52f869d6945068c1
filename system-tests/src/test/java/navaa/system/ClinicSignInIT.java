package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.Set;

import static navaa.system.Checks.clinicError;
import static navaa.system.ClinicOtp.assertFlatTooMany;
import static navaa.system.ClinicOtp.code;
import static navaa.system.ClinicOtp.e164;
import static navaa.system.ClinicOtp.newestMessage;
import static navaa.system.ClinicOtp.request;
import static navaa.system.ClinicOtp.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, items 1 and 2: doc 003's documented requests, unchanged. A new number signs in
 * by OTP (the code read from the admin's outbox), reads and edits its profile (Jalali
 * dates), and signs in again as the same patient; wrong codes, a resend too soon and an
 * expired code are refused in the documented shapes, in Persian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicSignInIT {

    private static final String TOO_MANY_FA = "تعداد درخواست‌ها بیش از حد مجاز است";
    private static final String PROFILE = "/api/v1/patients/profile/";
    /** Doc 003's profile example, sent back as the edit. */
    private static final String DOCUMENTED_PROFILE = """
            {"first_name":"علی","last_name":"محمدی","national_id":"0012345678","date_of_birth":"1370-01-01",
             "gender":"male","email":"ali@example.com",
             "address":{"province":"تهران","city":"تهران","postal_code":"1234567890","address":"خیابان ولیعصر، پلاک 123"},
             "emergency_contact":{"name":"محمد محمدی","relationship":"برادر","phone_number":"+989123456789"},
             "medical_info":{"blood_type":"A+","height":175,"weight":70,"allergies":["پنی‌سیلین"],
               "chronic_diseases":["دیابت نوع 2"],"current_medications":["متفورمین"]},
             "insurance":{"provider":"تامین اجتماعی","number":"1234567890","expiry_date":"1403-12-29"}}""";

    private static final String PATIENT = ClinicOtp.newLocalNumber();
    private static final String EXPIRING = ClinicOtp.newLocalNumber();
    private static long firstCodesSentAt;
    private static String patientId;
    private static String patientAccess;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** The codes the last test needs old: sent first, so the class waits out 120 s only once. */
    @BeforeAll
    static void sendFirstCodes() {
        firstCodesSentAt = System.nanoTime();
        assertEquals(200, request(new Http(), e164(PATIENT), "sms", "fa").status());
        assertEquals(200, request(new Http(), EXPIRING, "call", "en").status());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @Order(1)
    void aNewNumberSignsInAsANewPatientAndEditsItsProfile() {
        Http admin = Accounts.admin();
        JsonObject message = newestMessage(admin, PATIENT);
        assertEquals(e164(PATIENT), message.getString("phone"));
        assertEquals("sms", message.getString("channel"));
        assertTrue(message.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), message::toString);

        Http app = new Http();
        Http.Reply signedIn = verify(app, e164(PATIENT), code(message), "fa");
        assertEquals(200, signedIn.status(), signedIn::toString);
        JsonObject tokens = signedIn.json();
        JsonObject user = tokens.getJsonObject("user");
        assertTrue(tokens.getBoolean("is_new_user"), tokens::toString);
        assertEquals("patient", user.getString("role"));
        assertEquals(e164(PATIENT), user.getString("phone_number"));
        assertFalse(user.getBoolean("is_profile_complete"));
        assertTrue(user.getString("id").matches(Checks.UUID.pattern()), user::toString);
        assertTrue(user.containsKey("created_at") && user.containsKey("email") && user.containsKey("first_name"), user::toString);
        assertEquals(3600, tokens.getInt("access_expires_in"));
        patientId = user.getString("id");
        patientAccess = tokens.getString("access");
        app.with("Authorization", "Bearer " + tokens.getString("access"));

        Http.Reply empty = app.get(PROFILE);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals("1000", empty.header("X-RateLimit-Limit"), "doc 003's authenticated rate limit");
        assertNotEquals(null, empty.header("X-RateLimit-Remaining"));
        assertNotEquals(null, empty.header("X-RateLimit-Reset"));
        assertEquals(Set.of("id", "phone_number", "first_name", "last_name", "national_id", "date_of_birth", "gender", "email",
                "address", "emergency_contact", "medical_info", "insurance"), empty.json().keySet());
        assertEquals(patientId, empty.json().getString("id"));
        assertTrue(empty.json().isNull("date_of_birth"));

        Http.Reply edited = app.putJson(PROFILE, DOCUMENTED_PROFILE);
        assertEquals(200, edited.status(), edited::toString);
        JsonObject expected = Json.createObjectBuilder(json(DOCUMENTED_PROFILE)).add("id", patientId)
                .add("phone_number", e164(PATIENT)).build();
        assertEquals(expected, edited.json());
        assertEquals(expected, app.get(PROFILE).json(), "stored as sent, the dates Jalali again");

        Http.Reply patched = app.patchJson(PROFILE, "{\"address\":{\"city\":\"شیراز\"},\"medical_info\":{\"weight\":72.5}}");
        assertEquals(200, patched.status(), patched::toString);
        JsonObject after = app.get(PROFILE).json();
        assertEquals("شیراز", after.getJsonObject("address").getString("city"));
        assertEquals("تهران", after.getJsonObject("address").getString("province"));
        assertEquals(72.5, after.getJsonObject("medical_info").getJsonNumber("weight").doubleValue());
        assertEquals("1370-01-01", after.getString("date_of_birth"));

        Http.Reply refreshed = new Http().postJson("/api/v1/auth/refresh/", "{\"refresh\":\"" + tokens.getString("refresh") + "\"}");
        assertEquals(200, refreshed.status(), refreshed::toString);
    }

    @Test
    @Order(2)
    void aBadProfileEditIsRefusedFieldByFieldInPersianAndEnglish() {
        Http app = signedInPatient();
        for (String language : new String[]{"fa", "en"}) {
            JsonObject error = clinicError(app.patchJson(PROFILE, """
                    {"date_of_birth":"1371-12-30","national_id":"12","address":{"postal_code":"x"},
                     "emergency_contact":{"phone_number":"12345"},"medical_info":{"blood_type":"C"}}""",
                    "Accept-Language", language), 400, "VALIDATION_ERROR");
            JsonObject fields = error.getJsonObject("details").getJsonObject("field_errors");
            assertEquals(Set.of("date_of_birth", "national_id", "address.postal_code", "emergency_contact.phone_number",
                    "medical_info.blood_type"), fields.keySet(), error::toString);
            String phoneMessage = fields.getJsonArray("emergency_contact.phone_number").getString(0);
            assertEquals(language.equals("fa"), phoneMessage.startsWith("شماره تلفن باید با 09 شروع شود"), phoneMessage);
            assertEquals(language.equals("fa") ? "اطلاعات ارسالی معتبر نیست" : "The submitted data is not valid.",
                    error.getString("message"));
        }
        assertEquals("1370-01-01", app.get(PROFILE).json().getString("date_of_birth"), "nothing of a refused edit is stored");
    }

    @Test
    @Order(3)
    void onlyPatientsHaveAProfile() {
        clinicError(new Http().get(PROFILE), 401, "UNAUTHORIZED");
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, "clinic-user-pw", null);
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", Checks.loginJson(username, "clinic-user-pw"));
        assertEquals(200, token.status(), token::toString);
        Http user = new Http().with("Authorization", "Bearer " + token.json().getString("access"));
        clinicError(user.get(PROFILE, "Accept-Language", "fa"), 403, "FORBIDDEN");
        clinicError(user.putJson(PROFILE, DOCUMENTED_PROFILE), 403, "FORBIDDEN");
    }

    @Test
    @Order(4)
    void wrongCodesAResendTooSoonAndBadRequestsAreRefusedAsDocumented() {
        Http admin = Accounts.admin();
        String local = ClinicOtp.newLocalNumber();
        Http.Reply sent = request(new Http(), local, "whatsapp", "fa");
        assertEquals(200, sent.status(), sent::toString);
        assertEquals(Json.createObjectBuilder().add("message", "کد تایید ارسال شد").add("expires_in", 120)
                .add("resend_available_in", 60).add("masked_phone", local.substring(0, 4) + "***" + local.substring(7)).build(),
                sent.json());
        assertEquals("100", sent.header("X-RateLimit-Limit"), "doc 003's anonymous rate limit");
        assertEquals("whatsapp", newestMessage(admin, local).getString("channel"));
        String right = code(newestMessage(admin, e164(local)));

        long retry = assertFlatTooMany(request(new Http(), local, "sms", "fa"), TOO_MANY_FA);
        assertTrue(retry <= 60, "the resend wait: " + retry);
        assertFlatTooMany(request(new Http(), e164(local), "sms", "en"), "Too many requests.");

        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            String language = i % 2 == 0 ? "fa" : "en";
            JsonObject error = clinicError(verify(new Http(), e164(local), wrong, language), 400, "OTP_INVALID");
            assertEquals(language.equals("fa") ? "کد تایید نامعتبر است" : "The verification code is not valid.",
                    error.getString("message"));
        }
        assertFlatTooMany(verify(new Http(), e164(local), right, "fa"), TOO_MANY_FA);

        for (String language : new String[]{"fa", "en"}) {
            JsonObject error = clinicError(new Http().postJson("/api/v1/auth/verify/otp/",
                    "{\"phone_number\":\"9121234567\",\"otp_code\":\"12a\"}", "Accept-Language", language), 400, "VALIDATION_ERROR");
            JsonObject fields = error.getJsonObject("details").getJsonObject("field_errors");
            assertEquals(Set.of("phone_number", "otp_code"), fields.keySet());
            assertEquals(language.equals("fa") ? "کد تایید باید 6 رقم باشد" : "The verification code must be 6 digits.",
                    fields.getJsonArray("otp_code").getString(0));
            clinicError(request(new Http(), local, "telegram", language), 400, "VALIDATION_ERROR");
        }
        JsonObject noCode = clinicError(verify(new Http(), e164(ClinicOtp.newLocalNumber()), "123456", "en"), 400, "OTP_INVALID");
        assertEquals("The verification code is not valid.", noCode.getString("message"));
    }

    @Test
    @Order(5)
    void anExpiredCodeIsRefusedAndTheSameNumberSignsInAgainAsTheSamePatient() throws Exception {
        long waited = (System.nanoTime() - firstCodesSentAt) / 1_000_000;
        Thread.sleep(Math.max(0, 122_000 - waited));
        Http admin = Accounts.admin();
        String stale = code(newestMessage(admin, EXPIRING));
        assertEquals("call", newestMessage(admin, EXPIRING).getString("channel"));
        for (String language : new String[]{"fa", "en"}) {
            JsonObject error = clinicError(verify(new Http(), EXPIRING, stale, language), 400, "OTP_EXPIRED");
            assertEquals(language.equals("fa") ? "کد تایید منقضی شده است" : "The verification code has expired.",
                    error.getString("message"));
        }

        assertEquals(200, request(new Http(), PATIENT, "sms", "en").status());
        Http.Reply again = verify(new Http(), PATIENT, code(newestMessage(admin, e164(PATIENT))), "en");
        assertEquals(200, again.status(), again::toString);
        assertFalse(again.json().getBoolean("is_new_user"));
        JsonObject user = again.json().getJsonObject("user");
        assertEquals(patientId, user.getString("id"), "the same patient");
        assertTrue(user.getBoolean("is_profile_complete"));
        assertEquals("علی", user.getString("first_name"));
        Http app = new Http().with("Authorization", "Bearer " + again.json().getString("access"));
        assertEquals("شیراز", app.get(PROFILE).json().getJsonObject("address").getString("city"));
    }

    /** The first test's patient, with the access token its sign-in gave. */
    private static Http signedInPatient() {
        return new Http().with("Authorization", "Bearer " + patientAccess);
    }
}
