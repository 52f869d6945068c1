package navaa.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static navaa.system.Checks.chatError;
import static navaa.system.Checks.clinicError;
import static navaa.system.Checks.loginJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "One identity, four ways in" (api-map): doc 000's form login, doc 004's JSON login,
 * DRF keys ({@code Authorization: Token}) and doc 003's JWTs all reach the same profile
 * at {@code GET /api/auth/me}, and each way out really closes the door.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaysInIT {

    private static final String PASSWORD = "ways-in-pw-1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** A user with every profile field of doc 004 filled in, so /api/auth/me can be checked field by field. */
    private static String newUser(Http admin) {
        return Accounts.createUser(admin, PASSWORD, "\"firstName\":\"سارا\",\"lastName\":\"Karimi\",\"mobile\":\"09121234567\","
                + "\"email\":\"sara@example.com\",\"role\":\"user\"");
    }

    /** Doc 004's GET /api/auth/me for the user {@link #newUser} made, after at least one login. */
    private static void assertProfile(Http.Reply me, String username) {
        assertEquals(200, me.status(), me::toString);
        JsonObject body = me.json();
        assertEquals(username, body.getString("username"));
        assertEquals("سارا", body.getString("firstName"));
        assertEquals("Karimi", body.getString("lastName"));
        assertEquals("09121234567", body.getString("mobile"));
        assertEquals("sara@example.com", body.getString("email"));
        assertEquals("user", body.getString("role"));
        assertEquals(JsonValue.TRUE, body.get("isActive"));
        JsonObject stats = body.getJsonObject("stats");
        assertNotNull(stats, body::toString);
        assertEquals(0, stats.getInt("totalChats"));
        assertEquals(0, stats.getInt("totalMessages"));
        assertTrue(Checks.ISO_MILLIS.matcher(stats.getString("lastLoginAt")).matches(), stats::toString);
    }

    @Test
    void formLoginOfDoc000SetsTheDjangoCookiesAndReachesMe() {
        Http admin = Accounts.admin();
        String username = newUser(admin);
        Http browser = new Http();

        Http.Reply login = browser.postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD));
        assertEquals(200, login.status(), login::toString);
        JsonObject body = login.json();
        assertEquals("success", body.getString("status"));
        JsonObject user = body.getJsonObject("user");
        assertEquals(Set.of("id", "username", "email"), user.keySet(), user::toString);
        assertTrue(user.get("id") instanceof JsonNumber id && id.isIntegral() && id.longValue() > 0, () -> "integer id: " + user);
        assertEquals(username, user.getString("username"));
        assertEquals("sara@example.com", user.getString("email"));

        List<String> session = Checks.setCookie(login, "sessionid");
        assertTrue(Checks.hasAttribute(session, "HttpOnly"), session::toString);
        assertTrue(Checks.hasAttribute(session, "SameSite=Lax"), session::toString);
        assertTrue(Checks.hasAttribute(session, "Path=/"), session::toString);
        assertTrue(Checks.cookieValue(session).length() >= 32, session::toString);
        List<String> csrf = Checks.setCookie(login, "csrftoken");
        assertFalse(Checks.hasAttribute(csrf, "HttpOnly"), () -> "the client must be able to read csrftoken: " + csrf);
        assertTrue(Checks.hasAttribute(csrf, "SameSite=Lax"), csrf::toString);
        assertTrue(Checks.hasAttribute(csrf, "Path=/"), csrf::toString);
        assertTrue(Checks.cookieValue(csrf).length() >= 32, csrf::toString);
        assertNotEquals(Checks.cookieValue(session), Checks.cookieValue(csrf));
        assertEquals(Checks.cookieValue(csrf), browser.cookie("csrftoken"));

        assertProfile(browser.get("/api/auth/me"), username);
        // the same profile through the cookie alone, as any Django client sends it
        assertProfile(new Http().get("/api/auth/me", "Cookie", "sessionid=" + Checks.cookieValue(session)), username);
    }

    @Test
    void jsonLoginOfDoc004ReachesMeAndLogoutEndsTheSessionOnTheServer() {
        Http admin = Accounts.admin();
        String username = newUser(admin);
        Http browser = new Http();

        Http.Reply login = browser.postJson("/api/auth/login", loginJson(username, PASSWORD), "Accept-Language", "fa");
        assertEquals(200, login.status(), login::toString);
        JsonObject body = login.json();
        assertEquals(Set.of("success", "username", "role", "message"), body.keySet(), body::toString);
        assertEquals(JsonValue.TRUE, body.get("success"));
        assertEquals(username, body.getString("username"));
        assertEquals("user", body.getString("role"));
        assertEquals("ورود موفقیت‌آمیز", body.getString("message"));
        List<String> session = Checks.setCookie(login, "sessionid");
        assertTrue(Checks.hasAttribute(session, "HttpOnly"), session::toString);
        assertTrue(Checks.hasAttribute(session, "SameSite=Lax"), session::toString);
        assertFalse(Checks.hasAttribute(Checks.setCookie(login, "csrftoken"), "HttpOnly"));
        String sessionId = Checks.cookieValue(session);
        assertEquals(sessionId, browser.cookie("sessionid"));

        assertProfile(browser.get("/api/auth/me"), username);

        Http.Reply logout = browser.post("/api/auth/logout", null, null);
        assertEquals(200, logout.status(), logout::toString);
        assertEquals(Map.of("success", JsonValue.TRUE), logout.json());
        List<String> cleared = Checks.setCookie(logout, "sessionid");
        assertTrue(Checks.hasAttribute(cleared, "Max-Age=0"), () -> "logout clears the cookie: " + cleared);

        chatError(browser.get("/api/auth/me"), 401, "UNAUTHORIZED", "Authentication credentials were not provided.");
        // the browser dropped its cookie; replaying the old value proves the server forgot the session too
        Http replay = new Http();
        chatError(replay.get("/api/auth/me", "Cookie", "sessionid=" + sessionId), 401, "UNAUTHORIZED", null);

        // the message follows Accept-Language like every other text (api-map), English by default
        Http.Reply english = new Http().postJson("/api/auth/login", loginJson(username, PASSWORD), "Accept-Language", "en");
        assertEquals(200, english.status(), english::toString);
        assertEquals("Logged in successfully.", english.json().getString("message"));
    }

    @Test
    void drfTokenLoginGivesKeysForAuthorizationToken() {
        Http admin = Accounts.admin();
        String username = newUser(admin);
        Http crm = new Http();

        Http.Reply byJson = crm.postJson("/api/auth/token/", loginJson(username, PASSWORD));
        assertEquals(200, byJson.status(), byJson::toString);
        assertEquals(Set.of("token"), byJson.json().keySet(), byJson::toString);
        String jsonKey = byJson.json().getString("token");
        assertTrue(Checks.HEX40.matcher(jsonKey).matches(), jsonKey);
        assertTrue(Checks.setCookies(byJson).isEmpty(), () -> "a key login opens no session: " + Checks.setCookies(byJson));

        Http.Reply byForm = crm.postForm("/api/auth/token/", Map.of("username", username, "password", PASSWORD));
        assertEquals(200, byForm.status(), byForm::toString);
        String formKey = byForm.json().getString("token");
        assertTrue(Checks.HEX40.matcher(formKey).matches(), formKey);
        assertEquals(jsonKey, formKey, "the user's one key, as Django REST framework's ObtainAuthToken gives it");

        Http caller = new Http();
        assertProfile(caller.get("/api/auth/me", "Authorization", "Token " + jsonKey), username);
        assertProfile(caller.get("/api/auth/me", "Authorization", "Token " + formKey), username);
        assertNull(caller.cookie("sessionid"), "a key request opens no session");

        Http.Reply wrong = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD + "x"));
        Checks.contentError(wrong, 401, "INVALID_CREDENTIALS");
    }

    @Test
    void jwtLoginOfDoc003RefreshesAndLogsOut() {
        Http admin = Accounts.admin();
        String username = newUser(admin);
        Http app = new Http();

        Http.Reply issued = app.postJson("/api/v1/auth/token/", loginJson(username, PASSWORD));
        assertEquals(200, issued.status(), issued::toString);
        JsonObject tokens = issued.json();
        String access = tokens.getString("access");
        String refresh = tokens.getString("refresh");
        assertEquals(3, access.split("\\.").length, access);
        assertEquals(3, refresh.split("\\.").length, refresh);
        assertNotEquals(access, refresh);
        assertEquals(3600, tokens.getInt("access_expires_in"));
        assertEquals(604800, tokens.getInt("refresh_expires_in"));
        JsonObject user = tokens.getJsonObject("user");
        assertTrue(Checks.UUID.matcher(user.getString("id")).matches(), () -> "doc 003 user ids are UUIDs: " + user);
        assertEquals(username, user.getString("username"));
        assertEquals("user", user.getString("role"));
        assertEquals("09121234567", user.getString("phone_number"));
        assertEquals("سارا", user.getString("first_name"));
        assertEquals("Karimi", user.getString("last_name"));
        assertEquals("sara@example.com", user.getString("email"));
        assertEquals(user.getString("id"), Jwts.payload(access).getString("sub"));
        assertEquals("access", Jwts.payload(access).getString("token_use"));

        assertProfile(new Http().get("/api/auth/me", "Authorization", "Bearer " + access), username);

        String body = "{\"refresh\":\"" + refresh + "\"}";
        for (int round = 1; round <= 2; round++) {
            Http.Reply refreshed = app.postJson("/api/v1/auth/refresh/", body);
            assertEquals(200, refreshed.status(), "refresh " + round + ": " + refreshed);
            String again = refreshed.json().getString("access");
            assertEquals(3600, refreshed.json().getInt("access_expires_in"));
            assertNotEquals(access, again);
            assertEquals(user.getString("id"), Jwts.payload(again).getString("sub"));
            assertProfile(new Http().get("/api/auth/me", "Authorization", "Bearer " + again), username);
        }

        Http.Reply logout = app.postJson("/api/v1/auth/logout/", body, "Authorization", "Bearer " + access);
        assertEquals(204, logout.status(), logout::toString);
        assertEquals("", logout.body());

        Http.Reply refused = app.postJson("/api/v1/auth/refresh/", body);
        clinicError(refused, 401, "TOKEN_INVALID");
        clinicError(app.postJson("/api/v1/auth/logout/", body), 401, "TOKEN_INVALID");
    }

    @Test
    void adminIssuedApiKeysWorkUntilRevoked() {
        Http admin = Accounts.admin();
        String username = newUser(admin);

        Http.Reply issued = admin.postJson("/api/admin/api-keys", "{\"username\":\"" + username + "\",\"name\":\"crm-sync\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject created = issued.json();
        String key = created.getString("key");
        long id = created.getJsonNumber("id").longValue();
        assertTrue(Checks.HEX40.matcher(key).matches(), key);
        assertEquals("crm-sync", created.getString("name"));
        assertEquals(username, created.getString("username"));
        assertEquals(key.substring(0, 8), created.getString("prefix"));
        assertTrue(Checks.ISO_MILLIS.matcher(created.getString("createdAt")).matches(), created::toString);
        assertEquals(JsonValue.NULL, created.get("revokedAt"));

        Http crm = new Http();
        Http.Reply me = crm.get("/api/auth/me", "Authorization", "Token " + key);
        assertEquals(200, me.status(), me::toString);
        assertEquals(username, me.json().getString("username"));

        JsonObject listed = listedKey(admin, id);
        assertFalse(listed.containsKey("key"), () -> "the key is shown once only: " + listed);
        assertFalse(listed.toString().contains(key), () -> "the key is shown once only: " + listed);
        assertEquals("crm-sync", listed.getString("name"));
        assertEquals(username, listed.getString("username"));
        assertEquals(key.substring(0, 8), listed.getString("prefix"));
        assertTrue(Checks.ISO_MILLIS.matcher(listed.getString("lastUsedAt")).matches(), () -> "used once: " + listed);
        assertEquals(JsonValue.NULL, listed.get("revokedAt"));

        Http.Reply revoked = admin.delete("/api/admin/api-keys/" + id);
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(Map.of("success", JsonValue.TRUE), revoked.json());

        chatError(crm.get("/api/auth/me", "Authorization", "Token " + key), 401, "TOKEN_INVALID", null);
        assertTrue(Checks.ISO_MILLIS.matcher(listedKey(admin, id).getString("revokedAt")).matches());

        chatError(admin.delete("/api/admin/api-keys/999999999"), 404, "NOT_FOUND", null);
        chatError(admin.postJson("/api/admin/api-keys", "{\"username\":\"" + Accounts.uniqueName("nobody") + "\",\"name\":\"x\"}"),
                404, "USER_NOT_FOUND", null);
        chatError(admin.postJson("/api/admin/api-keys", "{\"username\":\"" + username + "\"}"), 400, "VALIDATION_ERROR", null);
    }

    @Test
    void usersSeeAndRevokeOnlyTheirOwnKeysAndAnothersKeyIsNotFound() {
        Http admin = Accounts.admin();
        String alice = newUser(admin);
        String bob = newUser(admin);
        String aliceKey = new Http().postJson("/api/auth/token/", loginJson(alice, PASSWORD)).json().getString("token");
        String bobKey = new Http().postJson("/api/auth/token/", loginJson(bob, PASSWORD)).json().getString("token");

        Http aliceClient = new Http().with("Authorization", "Token " + aliceKey);
        Http bobClient = new Http().with("Authorization", "Token " + bobKey);
        List<JsonObject> aliceKeys = aliceClient.get("/api/auth/keys").array().getValuesAs(JsonObject.class);
        assertEquals(1, aliceKeys.size(), aliceKeys::toString);
        assertEquals(alice, aliceKeys.get(0).getString("username"));
        assertFalse(aliceKeys.toString().contains(aliceKey), "the key itself is never listed");
        long aliceKeyId = aliceKeys.get(0).getJsonNumber("id").longValue();

        // Bob cannot see or revoke Alice's key: it answers exactly like an id that does not exist
        assertFalse(bobClient.get("/api/auth/keys").body().contains(alice));
        Http.Reply foreign = bobClient.delete("/api/auth/keys/" + aliceKeyId);
        Http.Reply missing = bobClient.delete("/api/auth/keys/999999999");
        chatError(foreign, 404, "NOT_FOUND", null);
        assertEquals(missing.json().getString("error"), foreign.json().getString("error"));
        assertEquals(200, aliceClient.get("/api/auth/me").status(), "Alice's key still works");

        Http.Reply revoked = aliceClient.delete("/api/auth/keys/" + aliceKeyId);
        assertEquals(200, revoked.status(), revoked::toString);
        chatError(aliceClient.get("/api/auth/me"), 401, "TOKEN_INVALID", null);
        assertEquals(200, bobClient.get("/api/auth/me").status(), "Bob's key is untouched");
    }

    @Test
    void allFourWaysInReachTheSameIdentity() {
        Http admin = Accounts.admin();
        String username = newUser(admin);
        Http form = Accounts.formLogin(username, PASSWORD);
        Http json = Accounts.jsonLogin(username, PASSWORD);
        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        String access = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json().getString("access");

        JsonObject byForm = form.get("/api/auth/me").json();
        JsonObject byJson = json.get("/api/auth/me").json();
        JsonObject byKey = new Http().get("/api/auth/me", "Authorization", "Token " + key).json();
        JsonObject byJwt = new Http().get("/api/auth/me", "Authorization", "Bearer " + access).json();
        for (JsonObject profile : List.of(byForm, byJson, byKey, byJwt)) {
            assertEquals(username, profile.getString("username"), profile::toString);
            // lastLoginAt moves with each login above; everything else is one and the same account
            assertEquals(without(byForm, "stats"), without(profile, "stats"));
            assertEquals(byJwt.getJsonObject("stats").getString("lastLoginAt"), profile.getJsonObject("stats").getString("lastLoginAt"),
                    "the last of the four logins is everyone's lastLoginAt");
        }
        assertNotNull(form.cookie("sessionid"));
        assertNotEquals(form.cookie("sessionid"), json.cookie("sessionid"), "two logins, two sessions");
    }

    private static JsonObject without(JsonObject object, String field) {
        var builder = jakarta.json.Json.createObjectBuilder(object);
        builder.remove(field);
        return builder.build();
    }

    private static JsonObject listedKey(Http admin, long id) {
        Http.Reply list = admin.get("/api/admin/api-keys");
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getJsonNumber("id").longValue() == id).findFirst()
                .orElseGet(() -> fail("key " + id + " missing from " + list));
    }
}
