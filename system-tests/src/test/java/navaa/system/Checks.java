package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions the identity tests share: the families' error shapes, cookies, admin listings. */
final class Checks {

    static final Pattern ISO_MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern HEX40 = Pattern.compile("[0-9a-f]{40}");

    private Checks() {
    }

    /** Doc 004's {"error": "..."} with the machine code beside it. */
    static JsonObject chatError(Http.Reply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject body = reply.json();
        assertTrue(body.get("error") instanceof JsonString, () -> "doc 004 shape: " + body);
        assertEquals(code, body.getString("code"), body::toString);
        if (message != null) {
            assertEquals(message, body.getString("error"), body::toString);
        }
        return body;
    }

    /** Doc 000's table of error codes by HTTP status; 429, which neither document lists, is "try later". */
    static final Map<Integer, String> DOC_000_CODES = Map.of(400, "BAD_REQUEST", 401, "UNAUTHORIZED", 403, "FORBIDDEN",
            404, "NOT_FOUND", 413, "FILE_TOO_LARGE", 415, "UNSUPPORTED_MEDIA", 429, "SERVICE_UNAVAILABLE",
            500, "SERVER_ERROR", 503, "SERVICE_UNAVAILABLE");

    /**
     * Docs 000/001's {"status":"error","message","error_code","details","error"}: error_code
     * is doc 000's code for the status, and a finer reason (e.g. CSRF_FAILED) is details.reason.
     */
    static JsonObject audioError(Http.Reply reply, int status, String reason) {
        assertEquals(status, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject body = reply.json();
        assertEquals("error", body.getString("status"), body::toString);
        String documented = DOC_000_CODES.getOrDefault(status, status >= 500 ? "SERVER_ERROR" : "BAD_REQUEST");
        assertEquals(documented, body.getString("error_code"), body::toString);
        if (!reason.equals(documented)) {
            assertEquals(reason, body.getJsonObject("details").getString("reason", null), body::toString);
        }
        assertTrue(body.getString("message").length() > 0, body::toString);
        assertEquals(body.getString("message"), body.getString("error"), body::toString);
        assertTrue(body.get("details") instanceof JsonObject, body::toString);
        return body;
    }

    /** Doc 003's {"error":{"code","message","details","request_id","timestamp"}}. */
    static JsonObject clinicError(Http.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject error = reply.json().getJsonObject("error");
        assertNotNull(error, reply::toString);
        assertEquals(code, error.getString("code"), error::toString);
        assertTrue(error.getString("message").length() > 0, error::toString);
        assertTrue(error.get("details") instanceof JsonObject, error::toString);
        assertEquals(reply.header("X-Request-Id"), error.getString("request_id"), error::toString);
        assertTrue(error.getString("request_id").startsWith("req_"), error::toString);
        assertTrue(error.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), error::toString);
        return error;
    }

    /** Doc 002's (DRF) {"detail": ..., "code": ...}. */
    static JsonObject contentError(Http.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject body = reply.json();
        assertTrue(body.get("detail") instanceof JsonString, () -> "DRF shape: " + body);
        assertEquals(code, body.getString("code"), body::toString);
        return body;
    }

    static void assertJson(Http.Reply reply) {
        String type = reply.header("Content-Type");
        assertNotNull(type, () -> "no Content-Type: " + reply);
        assertTrue(type.startsWith("application/json"), () -> "JSON, not " + type + ": " + reply);
    }

    static List<String> setCookies(Http.Reply reply) {
        return reply.response().headers().allValues("Set-Cookie");
    }

    /** The Set-Cookie header for one cookie, split into its parts (name=value first). */
    static List<String> setCookie(Http.Reply reply, String name) {
        String header = setCookies(reply).stream().filter(h -> h.startsWith(name + "=")).findFirst()
                .orElseGet(() -> fail("no Set-Cookie for " + name + " in " + setCookies(reply)));
        return List.of(header.split(";\\s*"));
    }

    static boolean hasAttribute(List<String> cookie, String attribute) {
        return cookie.stream().anyMatch(part -> part.equalsIgnoreCase(attribute));
    }

    static String cookieValue(List<String> cookie) {
        return cookie.get(0).substring(cookie.get(0).indexOf('=') + 1);
    }

    /** The user of doc 004's admin listing, if listed. */
    static Optional<JsonObject> listedUser(Http admin, String username) {
        Http.Reply list = admin.get("/api/admin/users");
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst();
    }

    static JsonObject requireListed(Http admin, String username) {
        return listedUser(admin, username).orElseGet(() -> fail(username + " is not in GET /api/admin/users"));
    }

    static String loginJson(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
