package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static navaa.system.Checks.audioError;
import static navaa.system.Checks.chatError;
import static navaa.system.Checks.clinicError;
import static navaa.system.Checks.contentError;
import static navaa.system.Checks.loginJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal of the identity features: CSRF, bad credentials, forged tokens, brute force, disabled accounts, limits. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalsIT {

    private static final String PASSWORD = "refusals-pw-1";
    private static final String EVIL = "http://evil.example";
    private static final String SELF = Http.BASE;
    private static final String INVALID_TOKEN_EN = "The token is invalid or has expired.";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    // ---- CSRF: the Django-style families (docs 000/001) ----

    @Test
    void djangoFamilyLogoutNeedsTheSessionsCsrfToken() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http browser = Accounts.formLogin(username, PASSWORD);
        String sessionId = browser.cookie("sessionid");
        String csrf = browser.cookie("csrftoken");
        assertNotNull(sessionId);
        assertNotNull(csrf);
        String otherSessionsCsrf = Accounts.formLogin(username, PASSWORD).cookie("csrftoken");
        assertNotEquals(csrf, otherSessionsCsrf);

        audioError(browser.post("/accounts/logout/", null, null), 403, "CSRF_FAILED");
        audioError(browser.post("/accounts/logout/", null, null, "X-CSRFToken", "wrong-token"), 403, "CSRF_FAILED");
        audioError(browser.post("/accounts/logout/", null, null, "X-CSRFToken", otherSessionsCsrf), 403, "CSRF_FAILED");
        assertEquals(200, browser.get("/api/auth/me").status(), "refused logouts leave the session open");

        Http.Reply logout = browser.post("/accounts/logout/", null, null, "X-CSRFToken", csrf);
        assertEquals(200, logout.status(), logout::toString);
        assertEquals("success", logout.json().getString("status"));
        chatError(new Http().get("/api/auth/me", "Cookie", "sessionid=" + sessionId), 401, "UNAUTHORIZED", null);
    }

    @Test
    void csrfTokenIsCheckedAgainstTheSessionNotAgainstTheCookie() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http browser = Accounts.formLogin(username, PASSWORD);
        String sessionId = browser.cookie("sessionid");
        String csrf = browser.cookie("csrftoken");

        // an attacker who can plant a csrftoken cookie must not pass by sending the same value
        Http forger = new Http();
        audioError(forger.post("/accounts/logout/", null, null,
                "Cookie", "sessionid=" + sessionId + "; csrftoken=planted", "X-CSRFToken", "planted"), 403, "CSRF_FAILED");
        assertEquals(200, browser.get("/api/auth/me").status());

        // doc 001's client sends the header with only the sessionid cookie
        Http doc001 = new Http();
        Http.Reply logout = doc001.post("/accounts/logout/", null, null, "Cookie", "sessionid=" + sessionId, "X-CSRFToken", csrf);
        assertEquals(200, logout.status(), logout::toString);
        chatError(browser.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
    }

    // ---- CSRF: doc 004's family (same origin, JSON only) ----

    @Test
    void doc004FamilyRefusesCrossOriginRequestsBySession() {
        Http admin = Accounts.admin();
        String refused = Accounts.uniqueName("x");
        String body = "{\"username\":\"" + refused + "\",\"password\":\"" + PASSWORD + "\"}";

        chatError(admin.postJson("/api/admin/users", body, "Origin", EVIL), 403, "CROSS_ORIGIN",
                "Cross-origin requests with a session are not allowed.");
        chatError(admin.postJson("/api/admin/users", body, "Referer", EVIL + "/page.html"), 403, "CROSS_ORIGIN", null);
        chatError(admin.postJson("/api/admin/users", body, "Origin", "null"), 403, "CROSS_ORIGIN", null);
        chatError(admin.postJson("/api/admin/users", body, "Origin", "http://localhost:18081"), 403, "CROSS_ORIGIN", null);
        assertTrue(Checks.listedUser(admin, refused).isEmpty(), "a refused request creates no user");

        Http.Reply sameOrigin = admin.postJson("/api/admin/users", body, "Origin", SELF);
        assertEquals(201, sameOrigin.status(), sameOrigin::toString);
        assertEquals(refused, sameOrigin.json().getString("username"));
        Http.Reply sameReferer = admin.putJson("/api/admin/users/" + refused, "{\"firstName\":\"Ok\"}", "Referer", SELF + "/admin/users");
        assertEquals(200, sameReferer.status(), sameReferer::toString);

        chatError(admin.putJson("/api/admin/users/" + refused, "{\"firstName\":\"Evil\"}", "Origin", EVIL), 403, "CROSS_ORIGIN", null);
        chatError(admin.delete("/api/admin/users/" + refused, "Origin", EVIL), 403, "CROSS_ORIGIN", null);
        JsonObject still = Checks.requireListed(admin, refused);
        assertEquals("Ok", still.getString("firstName"), "the cross-origin PUT changed nothing");
    }

    @Test
    void doc004FamilyRefusesFormAndTextBodiesBySession() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http browser = Accounts.jsonLogin(username, PASSWORD);

        // the bodies a cross-site form can send without a preflight
        chatError(browser.post("/api/auth/logout", "text/plain", "{}"), 403, "CSRF_FAILED", null);
        chatError(browser.postForm("/api/auth/logout", Map.of("a", "b")), 403, "CSRF_FAILED", null);
        chatError(browser.post("/api/auth/logout", "text/plain", "{}", "Origin", SELF), 403, "CSRF_FAILED", null);
        assertEquals(200, browser.get("/api/auth/me").status(), "the forged logouts left the session open");

        // JSON-only endpoints: JAX-RS refuses other bodies (415) before the CSRF filter is reached;
        // api-map asks for 403, but what matters is that the forged request does nothing
        String created = Accounts.uniqueName("t");
        String body = "{\"username\":\"" + created + "\",\"password\":\"" + PASSWORD + "\"}";
        Http.Reply text = admin.post("/api/admin/users", "text/plain", body);
        assertTrue(text.status() == 403 || text.status() == 415, () -> "a text/plain body by session is refused: " + text);
        Http.Reply form = admin.postForm("/api/admin/users", Map.of("username", created, "password", PASSWORD));
        assertTrue(form.status() == 403 || form.status() == 415, () -> "a form body by session is refused: " + form);
        assertTrue(Checks.listedUser(admin, created).isEmpty(), "no user was created by the refused bodies");
        Http.Reply json = admin.postJson("/api/admin/users", body);
        assertEquals(201, json.status(), () -> "the same request as JSON is fine: " + json);

        // a body of the wrong kind is told so, not that an audio format is unsupported
        JsonObject wrongKind = Checks.audioError(new Http().postJson("/accounts/login/", body), 415, "UNSUPPORTED_CONTENT_TYPE");
        assertTrue(wrongKind.getString("message").contains("Content-Type"), wrongKind::toString);

        Http.Reply logout = browser.postJson("/api/auth/logout", "{}", "Origin", SELF);
        assertEquals(200, logout.status(), logout::toString);
        chatError(browser.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
    }

    @Test
    void keyAndJwtCallersNeedNoCsrf() {
        Http admin = Accounts.admin();
        String serviceAdmin = Accounts.createUser(admin, PASSWORD, "\"role\":\"admin\"");
        String user = Accounts.createUser(admin, PASSWORD, null);
        String key = new Http().postJson("/api/auth/token/", loginJson(serviceAdmin, PASSWORD)).json().getString("token");
        String access = new Http().postJson("/api/v1/auth/token/", loginJson(serviceAdmin, PASSWORD)).json().getString("access");

        Http service = new Http();
        Http.Reply byKey = service.postJson("/api/admin/api-keys", "{\"username\":\"" + user + "\",\"name\":\"his\"}",
                "Authorization", "Token " + key, "Origin", EVIL);
        assertEquals(201, byKey.status(), byKey::toString);
        assertTrue(Checks.HEX40.matcher(byKey.json().getString("key")).matches());

        String created = Accounts.uniqueName("j");
        Http.Reply byJwt = service.postJson("/api/admin/users", "{\"username\":\"" + created + "\",\"password\":\"" + PASSWORD + "\"}",
                "Authorization", "Bearer " + access, "Origin", EVIL);
        assertEquals(201, byJwt.status(), byJwt::toString);
        Http.Reply deleted = service.delete("/api/admin/users/" + created, "Authorization", "Token " + key, "Origin", EVIL);
        assertEquals(200, deleted.status(), deleted::toString);
    }

    // ---- bad credentials ----

    @Test
    void unknownApiKeyIsA401InEachFamilysShape() {
        Http http = new Http().with("Authorization", "Token nope");

        Http.Reply content = http.get("/api/projects/");
        assertEquals("Token", content.header("WWW-Authenticate"), content::toString);
        contentError(content, 401, "TOKEN_INVALID");
        assertEquals(INVALID_TOKEN_EN, content.json().getString("detail"));

        chatError(http.get("/api/auth/me"), 401, "TOKEN_INVALID", INVALID_TOKEN_EN);
        chatError(http.get("/api/auth/me", "Accept-Language", "fa"), 401, "TOKEN_INVALID", "توکن نامعتبر است یا منقضی شده است");
        clinicError(http.get("/api/v1/patients/profile/"), 401, "TOKEN_INVALID");
        audioError(http.get("/api/denoise/files/"), 401, "TOKEN_INVALID");
        // a wrong key is refused even where no key is needed
        chatError(http.postJson("/api/auth/login", loginJson("admin", Accounts.ADMIN_PASSWORD)), 401, "TOKEN_INVALID", null);
    }

    @Test
    void garbageBearerIsA401InJsonNotAnErrorPage() {
        Http http = new Http().with("Authorization", "Bearer not.a.jwt");
        chatError(http.get("/api/auth/me"), 401, "TOKEN_INVALID", INVALID_TOKEN_EN);
        Http.Reply clinic = http.get("/api/v1/patients/profile/");
        clinicError(clinic, 401, "TOKEN_INVALID");
        assertFalse(clinic.body().contains("<html"), clinic::toString);
        chatError(http.get("/api/auth/me", "Authorization", "Bearer garbage"), 401, "TOKEN_INVALID", null);
        chatError(http.get("/api/auth/me", "Authorization", "Bearer a.b.c"), 401, "TOKEN_INVALID", null);
        Http.Reply page = http.get("/api/projects/", "Authorization", "Bearer not.a.jwt");
        contentError(page, 401, "TOKEN_INVALID");
    }

    /**
     * RFC 7235: a 401 carries WWW-Authenticate. The application's own refusals in doc 003's
     * family say {@code Bearer realm="api"} (as DRF SimpleJWT does); the refusals MicroProfile
     * JWT makes before the application runs must say the same, or a client cannot tell them apart.
     */
    @Test
    void every401OfTheJwtFamilyNamesTheBearerScheme() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        String refresh = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json().getString("refresh");

        Http.Reply byApplication = new Http().get("/api/v1/patients/profile/", "Authorization", "Bearer " + refresh);
        clinicError(byApplication, 401, "TOKEN_INVALID");
        assertEquals("Bearer realm=\"api\"", byApplication.header("WWW-Authenticate"), () -> byApplication.response().headers().toString());

        Http.Reply byContainer = new Http().get("/api/v1/patients/profile/", "Authorization", "Bearer not.a.jwt");
        clinicError(byContainer, 401, "TOKEN_INVALID");
        assertEquals("Bearer realm=\"api\"", byContainer.header("WWW-Authenticate"), () -> byContainer.response().headers().toString());
    }

    @Test
    void forgedAndMisusedJwtsAreRefused() {
        Http admin = Accounts.admin();
        Http.Reply adminTokens = new Http().postJson("/api/v1/auth/token/", loginJson("admin", Accounts.ADMIN_PASSWORD));
        assertEquals(200, adminTokens.status(), adminTokens::toString);
        String adminUuid = adminTokens.json().getJsonObject("user").getString("id");
        PrivateKey realKey = Jwts.realKey();
        Instant now = Instant.now();

        // the control: a token made here with the real key is accepted, so the refusals below are about what was changed
        String genuine = Jwts.rs256(Jwts.accessClaims(adminUuid, "admin", "admin", now.minusSeconds(10), 600), realKey);
        Http.Reply accepted = new Http().get("/api/auth/me", "Authorization", "Bearer " + genuine);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("admin", accepted.json().getString("username"));

        String expired = Jwts.rs256(Jwts.accessClaims(adminUuid, "admin", "admin", now.minusSeconds(7200), 3600), realKey);
        refusedBearer(expired, "expired");

        String username = Accounts.createUser(admin, PASSWORD, null);
        JsonObject userTokens = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json();
        String userAccess = userTokens.getString("access");
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Bearer " + userAccess).status());
        JsonObject promoted = jakarta.json.Json.createObjectBuilder(Jwts.payload(userAccess))
                .add("sub", adminUuid).add("upn", "admin").add("groups", jakarta.json.Json.createArrayBuilder().add("admin")).build();
        refusedBearer(Jwts.withPayload(userAccess, promoted), "tampered payload");
        refusedBearer(Jwts.withPayload(userAccess, jakarta.json.Json.createObjectBuilder(Jwts.payload(userAccess))
                .add("exp", now.getEpochSecond() + 86400 * 365).build()), "tampered expiry");

        refusedBearer(Jwts.unsigned(Jwts.accessClaims(adminUuid, "admin", "admin", now, 600)), "alg none");
        refusedBearer(Jwts.rs256(Jwts.accessClaims(adminUuid, "admin", "admin", now, 600), Jwts.strangerKey()), "another key");
        JsonObject otherIssuer = jakarta.json.Json.createObjectBuilder(Jwts.accessClaims(adminUuid, "admin", "admin", now, 600))
                .add("iss", "someone-else").build();
        refusedBearer(Jwts.rs256(otherIssuer, realKey), "another issuer");
        refusedBearer(userTokens.getString("refresh"), "refresh token as access token");
        JsonObject ghost = Jwts.accessClaims(java.util.UUID.randomUUID().toString(), "ghost", "admin", now, 600);
        refusedBearer(Jwts.rs256(ghost, realKey), "unknown subject");

        // and a refresh endpoint takes no access token in place of a refresh token
        clinicError(new Http().postJson("/api/v1/auth/refresh/", "{\"refresh\":\"" + userAccess + "\"}"), 401, "TOKEN_INVALID");
    }

    private static void refusedBearer(String token, String what) {
        Http.Reply chat = new Http().get("/api/auth/me", "Authorization", "Bearer " + token);
        assertEquals(401, chat.status(), () -> what + ": " + chat);
        chatError(chat, 401, "TOKEN_INVALID", INVALID_TOKEN_EN);
        Http.Reply clinic = new Http().get("/api/v1/patients/profile/", "Authorization", "Bearer " + token);
        assertEquals(401, clinic.status(), () -> what + " on /api/v1: " + clinic);
        clinicError(clinic, 401, "TOKEN_INVALID");
    }

    // ---- brute force ----

    @Test
    void fiveWrongPasswordsLockTheUsernameOnEveryLoginEndpoint() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http attacker = new Http();
        for (int attempt = 1; attempt <= 5; attempt++) {
            chatError(attacker.postJson("/api/auth/login", loginJson(username, "wrong-" + attempt)), 401, "INVALID_CREDENTIALS",
                    "User not found / wrong password.");
        }
        Http.Reply locked = attacker.postJson("/api/auth/login", loginJson(username, PASSWORD));
        chatError(locked, 429, "TOO_MANY_LOGIN_ATTEMPTS", null);
        long wait = retryAfter(locked);
        assertTrue(wait > 0 && wait <= 900, () -> "Retry-After within the 15-minute window: " + wait);
        assertEquals("Too many login attempts; try again in " + wait + " seconds.", locked.json().getString("error"));

        // per username: the owner's right password from another address is refused too, in each endpoint's family shape
        Http owner = new Http();
        Http.Reply form = owner.postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD));
        audioError(form, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertTrue(retryAfter(form) > 0);
        Http.Reply jwt = owner.postJson("/api/v1/auth/token/", loginJson(username, PASSWORD));
        clinicError(jwt, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertTrue(retryAfter(jwt) > 0);
        Http.Reply key = owner.postJson("/api/auth/token/", loginJson(username.toUpperCase(java.util.Locale.ROOT), PASSWORD));
        contentError(key, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertTrue(retryAfter(key) > 0);
        assertTrue(Checks.setCookies(form).isEmpty(), "no session for a throttled login");
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddress() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http sprayer = new Http();
        for (int attempt = 1; attempt <= 20; attempt++) {
            String victim = Accounts.uniqueName("v");
            Http.Reply reply = switch (attempt % 4) {
                case 0 -> sprayer.postJson("/api/auth/login", loginJson(victim, "Summer2025"));
                case 1 -> sprayer.postForm("/accounts/login/", Map.of("username", victim, "password", "Summer2025"));
                case 2 -> sprayer.postJson("/api/v1/auth/token/", loginJson(victim, "Summer2025"));
                default -> sprayer.postJson("/api/auth/token/", loginJson(victim, "Summer2025"));
            };
            int n = attempt;
            assertEquals(401, reply.status(), () -> "failure " + n + ": " + reply);
        }
        Http.Reply blocked = sprayer.postJson("/api/auth/login", loginJson(Accounts.uniqueName("v"), "Summer2025"));
        chatError(blocked, 429, "TOO_MANY_LOGIN_ATTEMPTS", null);
        assertTrue(retryAfter(blocked) > 0);
        Http.Reply evenRight = sprayer.postJson("/api/auth/login", loginJson(username, PASSWORD));
        chatError(evenRight, 429, "TOO_MANY_LOGIN_ATTEMPTS", null);

        Http elsewhere = new Http();
        Http.Reply fine = elsewhere.postJson("/api/auth/login", loginJson(username, PASSWORD));
        assertEquals(200, fine.status(), () -> "another address is not locked: " + fine);
        assertEquals(200, elsewhere.get("/api/auth/me").status());
    }

    private static long retryAfter(Http.Reply reply) {
        String header = reply.header("Retry-After");
        assertNotNull(header, () -> "429 without Retry-After: " + reply);
        return Long.parseLong(header);
    }

    // ---- inactive and expired accounts ----

    @Test
    void deactivatedAccountIsRefusedOnEveryRequestAndAtLogin() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http session = Accounts.jsonLogin(username, PASSWORD);
        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        JsonObject tokens = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json();
        assertEquals(200, session.get("/api/auth/me").status());

        Http.Reply off = admin.putJson("/api/admin/users/" + username, "{\"isActive\":false}");
        assertEquals(200, off.status(), off::toString);
        assertEquals(Map.of("success", JsonValue.TRUE), off.json());
        assertEquals(JsonValue.FALSE, Checks.requireListed(admin, username).get("isActive"));

        chatError(session.get("/api/auth/me", "Accept-Language", "fa"), 403, "ACCOUNT_INACTIVE", "حساب کاربری غیرفعال است");
        chatError(session.get("/api/auth/me"), 403, "ACCOUNT_INACTIVE", "The user account is inactive.");
        chatError(new Http().get("/api/auth/me", "Authorization", "Token " + key), 403, "ACCOUNT_INACTIVE", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access")), 403, "ACCOUNT_INACTIVE", null);
        clinicError(new Http().postJson("/api/v1/auth/refresh/", "{\"refresh\":\"" + tokens.getString("refresh") + "\"}"), 403, "ACCOUNT_INACTIVE");

        Http again = new Http();
        chatError(again.postJson("/api/auth/login", loginJson(username, PASSWORD), "Accept-Language", "fa"), 403, "ACCOUNT_INACTIVE",
                "حساب کاربری غیرفعال است");
        assertTrue(Checks.setCookies(again.postJson("/api/auth/login", loginJson(username, PASSWORD))).isEmpty(), "no session for an inactive account");
        audioError(again.postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD)), 403, "ACCOUNT_INACTIVE");
        clinicError(again.postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)), 403, "ACCOUNT_INACTIVE");
        contentError(again.postJson("/api/auth/token/", loginJson(username, PASSWORD)), 403, "ACCOUNT_INACTIVE");
        // the reason is told only to someone who knows the password
        chatError(again.postJson("/api/auth/login", loginJson(username, "not-the-password")), 401, "INVALID_CREDENTIALS", null);

        assertEquals(200, admin.putJson("/api/admin/users/" + username, "{\"isActive\":true}").status());
        assertEquals(200, Accounts.jsonLogin(username, PASSWORD).get("/api/auth/me").status());
    }

    @Test
    void expiredAccountIsRefusedAtLoginUntilRenewed() {
        Http admin = Accounts.admin();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String username = Accounts.createUser(admin, PASSWORD, "\"expiryDate\":\"" + yesterday + "\"");
        assertEquals(yesterday, Checks.requireListed(admin, username).getString("expiryDate"));

        Http client = new Http();
        chatError(client.postJson("/api/auth/login", loginJson(username, PASSWORD), "Accept-Language", "fa"), 403, "ACCOUNT_EXPIRED",
                "حساب کاربری منقضی شده است");
        chatError(client.postJson("/api/auth/login", loginJson(username, PASSWORD)), 403, "ACCOUNT_EXPIRED", "The user account has expired.");
        audioError(client.postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD)), 403, "ACCOUNT_EXPIRED");
        clinicError(client.postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)), 403, "ACCOUNT_EXPIRED");

        Http.Reply renewed = admin.putJson("/api/admin/users/" + username, "{\"expiryDate\":null,\"isActive\":true}");
        assertEquals(200, renewed.status(), renewed::toString);
        assertEquals(JsonValue.NULL, Checks.requireListed(admin, username).get("expiryDate"));
        Http back = Accounts.jsonLogin(username, PASSWORD);
        assertEquals(username, back.get("/api/auth/me").json().getString("username"));

        // the expiry is checked on every request, not only at login
        assertEquals(200, admin.putJson("/api/admin/users/" + username, "{\"expiryDate\":\"" + yesterday + "\"}").status());
        chatError(back.get("/api/auth/me"), 403, "ACCOUNT_EXPIRED", null);
        assertEquals(200, admin.putJson("/api/admin/users/" + username, "{\"expiryDate\":\"" + LocalDate.now().plusDays(30) + "\"}").status());
        assertEquals(200, back.get("/api/auth/me").status(), "a future expiry date lets the session work again");
    }

    // ---- who may call the admin API ----

    @Test
    void adminApiNeedsAnAdmin() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http user = Accounts.jsonLogin(username, PASSWORD);
        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");

        chatError(user.get("/api/admin/users"), 403, "FORBIDDEN", "You do not have permission to perform this action.");
        chatError(user.get("/api/admin/users", "Accept-Language", "fa"), 403, "FORBIDDEN", "دسترسی غیرمجاز");
        chatError(user.get("/api/admin/api-keys"), 403, "FORBIDDEN", null);
        chatError(new Http().get("/api/admin/users", "Authorization", "Token " + key), 403, "FORBIDDEN", null);
        String sneaky = Accounts.uniqueName("s");
        chatError(user.postJson("/api/admin/users", "{\"username\":\"" + sneaky + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"admin\"}"),
                403, "FORBIDDEN", null);
        chatError(user.putJson("/api/admin/users/" + username, "{\"role\":\"admin\"}"), 403, "FORBIDDEN", null);
        chatError(user.postJson("/api/admin/api-keys", "{\"username\":\"" + username + "\",\"name\":\"mine\"}"), 403, "FORBIDDEN", null);
        assertTrue(Checks.listedUser(admin, sneaky).isEmpty());
        assertEquals("user", Checks.requireListed(admin, username).getString("role"));

        Http nobody = new Http();
        chatError(nobody.get("/api/admin/users"), 401, "UNAUTHORIZED", "Authentication credentials were not provided.");
        chatError(nobody.get("/api/admin/api-keys"), 401, "UNAUTHORIZED", null);
        chatError(nobody.delete("/api/admin/users/" + username), 401, "UNAUTHORIZED", null);
        chatError(nobody.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
    }

    // ---- request rate limit ----

    @Test
    void anonymousRequestsAreLimitedPerAddress() {
        Http anonymous = new Http();
        for (int i = 1; i <= 100; i++) {
            Http.Reply reply = anonymous.get("/api/projects/");
            int n = i;
            assertNotEquals(429, reply.status(), () -> "request " + n + " is within the limit: " + reply);
            assertEquals("100", reply.header("X-RateLimit-Limit"), () -> "request " + n + ": " + reply.response().headers());
            assertEquals(String.valueOf(100 - i), reply.header("X-RateLimit-Remaining"), () -> "request " + n);
            assertNotNull(reply.header("X-RateLimit-Reset"));
        }
        Http.Reply limited = anonymous.get("/api/projects/");
        contentError(limited, 429, "TOO_MANY_REQUESTS");
        long wait = retryAfter(limited);
        assertTrue(wait > 0 && wait <= 3600, () -> "within the hour's window: " + wait);
        assertEquals("0", limited.header("X-RateLimit-Remaining"));
        // the limit is the address's: another address and a signed-in caller from this one are unaffected
        Http.Reply other = new Http().get("/api/projects/");
        assertEquals("99", other.header("X-RateLimit-Remaining"), other::toString);
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        String session = Accounts.jsonLogin(username, PASSWORD).cookie("sessionid");
        Http.Reply signedIn = anonymous.get("/api/projects/", "Cookie", "sessionid=" + session);
        assertNotEquals(429, signedIn.status(), signedIn::toString);
        assertEquals("1000", signedIn.header("X-RateLimit-Limit"), () -> signedIn.response().headers().toString());
    }
}
