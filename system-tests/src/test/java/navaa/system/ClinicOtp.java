package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Doc 003's sign-in by phone as its clients drive it, with the code read from the admin's SMS outbox. */
final class ClinicOtp {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private ClinicOtp() {
    }

    /** A new mobile number in the local form, 0912 and seven random digits. */
    static String newLocalNumber() {
        return "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static String e164(String local) {
        return "+98" + local.substring(1);
    }

    static Http.Reply request(Http client, String phone, String channel, String language) {
        return client.postJson("/api/v1/auth/login/otp/",
                "{\"phone_number\":\"" + phone + "\",\"channel\":\"" + channel + "\"}", "Accept-Language", language);
    }

    static Http.Reply verify(Http client, String phone, String code, String language) {
        return client.postJson("/api/v1/auth/verify/otp/",
                "{\"phone_number\":\"" + phone + "\",\"otp_code\":\"" + code + "\"}", "Accept-Language", language);
    }

    /** The newest outbox message to the number (asked for in the local form), as the admin reads it. */
    static JsonObject newestMessage(Http admin, String local) {
        Http.Reply outbox = admin.get("/api/admin/sms/outbox?phone=" + URLEncoder.encode(local, StandardCharsets.UTF_8));
        assertEquals(200, outbox.status(), outbox::toString);
        JsonArray messages = outbox.array();
        assertTrue(!messages.isEmpty(), () -> "nothing in the outbox for " + local + ": " + outbox);
        return messages.getJsonObject(0);
    }

    static String code(JsonObject message) {
        Matcher m = CODE.matcher(message.getString("text"));
        assertTrue(m.find(), message::toString);
        return m.group(1);
    }

    /** The documented 429 of the OTP endpoints: flat, with retry_after. */
    static long assertFlatTooMany(Http.Reply reply, String message) {
        assertEquals(429, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals("too_many_requests", body.getString("error"), body::toString);
        assertEquals(message, body.getString("message"), body::toString);
        long retry = body.getJsonNumber("retry_after").longValue();
        assertTrue(retry > 0 && retry <= 3600, body::toString);
        assertEquals(Long.toString(retry), reply.header("Retry-After"), reply::toString);
        return retry;
    }
}
