package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static navaa.system.Checks.chatError;
import static navaa.system.Checks.loginJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, sign-in: the failed-login limit cannot be walked around by spelling a name the
 * way the database folds it, nor by sending the guesses at once; another site's page can
 * neither sign a browser in (login CSRF) nor open its WebSocket; an admin's password reset
 * ends what the old password gave; the token endpoint gives a user their one key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String PASSWORD = "sign-in-pw-123";
    private static final String EVIL = "http://evil.example";
    private static final String WS = Http.BASE.replaceFirst("^http", "ws") + "/ws/processing/";
    private static final int LIMIT = 5;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** A name of plain letters, so that accented and full-width spellings of it exist. */
    private static String letters(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append("aeioucny".charAt(ThreadLocalRandom.current().nextInt(8)));
        }
        return name.toString();
    }

    private static String accented(String name) {
        String plain = "aeioucny";
        String marked = "áëïóúçñý";
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(plain.indexOf(c) >= 0 ? marked.charAt(plain.indexOf(c)) : (char) c));
        return out.toString();
    }

    private static String fullWidth(String name) {
        StringBuilder out = new StringBuilder();
        name.toUpperCase(Locale.ROOT).chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    /** Each attempt from an address of its own, so only the per-account limit can refuse it. */
    private static Http.Reply formLogin(String username, String password) {
        return new Http().postForm("/accounts/login/", Map.of("username", username, "password", password));
    }

    @Test
    void everySpellingTheDatabaseFoldsOntoAnAccountSharesItsFailureLimit() {
        String username = letters("alice");
        String created = createNamed(username);
        for (int i = 0; i < LIMIT; i++) {
            Checks.audioError(formLogin(created, "wrong-" + i), 401, "INVALID_CREDENTIALS");
        }
        for (String spelling : List.of(created.toUpperCase(Locale.ROOT), accented(created), fullWidth(created), created + " ",
                created.toUpperCase(Locale.ROOT) + "   ")) {
            Checks.audioError(formLogin(spelling, "wrong"), 429, "TOO_MANY_LOGIN_ATTEMPTS");
            Checks.audioError(formLogin(spelling, PASSWORD), 429, "TOO_MANY_LOGIN_ATTEMPTS");
            chatError(new Http().postJson("/api/auth/login", loginJson(spelling, PASSWORD)), 429, "TOO_MANY_LOGIN_ATTEMPTS", null);
        }
        Checks.audioError(formLogin(created, PASSWORD), 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void theSpellingsOfANameWithNoAccountShareOneLimitToo() {
        String nobody = letters("nobody");
        for (int i = 0; i < LIMIT; i++) {
            Checks.audioError(formLogin(i % 2 == 0 ? nobody : accented(nobody), "guess-" + i), 401, "INVALID_CREDENTIALS");
        }
        Checks.audioError(formLogin(fullWidth(nobody), "guess"), 429, "TOO_MANY_LOGIN_ATTEMPTS");
        Checks.audioError(formLogin(nobody + " ", "guess"), 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void aParallelBurstOfGuessesGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        String username = createNamed(letters("burst"));
        int burst = 24;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            int attempt = i;
            statuses.add(pool.submit(() -> {
                start.await();
                return new Http().postJson("/api/v1/auth/token/", loginJson(username, "wrong-" + attempt)).status();
            }));
        }
        start.countDown();
        int checked = 0;
        int throttled = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            checked += code == 401 ? 1 : 0;
            throttled += code == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(checked <= LIMIT, checked + " wrong passwords were checked (401) in a burst of " + burst + "; the limit is " + LIMIT);
        assertEquals(burst, checked + throttled, "every other attempt is 429");
        Checks.clinicError(new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)), 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void anotherSitesFormCannotSignABrowserIn() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Map<String, String> form = Map.of("username", username, "password", PASSWORD);

        Http.Reply crossSite = new Http().postForm("/accounts/login/", form, "Origin", EVIL);
        JsonObject refused = crossSiteRefusal(crossSite);
        assertTrue(Checks.setCookies(crossSite).isEmpty(), () -> "no session for a cross-site login: " + Checks.setCookies(crossSite));
        crossSiteRefusal(new Http().postForm("/accounts/login/", form, "Referer", EVIL + "/login.html"));
        crossSiteRefusal(new Http().postForm("/accounts/login/", form, "Origin", "null"));
        crossSiteRefusal(new Http().postForm("/accounts/login/", form, "Origin", EVIL, "Referer", Http.BASE + "/"));
        assertEquals(403, new Http().postJson("/api/auth/login", loginJson(username, PASSWORD), "Origin", EVIL).status(),
                "doc 004's login too");
        assertEquals("error", refused.getString("status"));

        Http.Reply sameOrigin = new Http().postForm("/accounts/login/", form, "Origin", Http.BASE);
        assertEquals(200, sameOrigin.status(), sameOrigin::toString);
        assertEquals(200, new Http().postForm("/accounts/login/", form, "Referer", Http.BASE + "/accounts/login/").status());
        Http.Reply script = new Http().postForm("/accounts/login/", form);
        assertEquals(200, script.status(), () -> "a client that is no browser sends no Origin: " + script);
        assertTrue(Checks.setCookies(script).stream().anyMatch(c -> c.startsWith("sessionid=")));
    }

    /** Doc 000's 403 body; its error_code is the family's code for a cross-origin refusal. */
    private static JsonObject crossSiteRefusal(Http.Reply reply) {
        assertEquals(403, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertTrue(List.of("CROSS_ORIGIN", "FORBIDDEN").contains(body.getString("error_code")), body::toString);
        return Checks.audioError(reply, 403, body.getString("error_code"));
    }

    @Test
    void aPageOfAnotherOriginCannotOpenAUsersWebSocketWithTheirCookie() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http browser = Accounts.formLogin(username, PASSWORD);
        String cookie = "sessionid=" + browser.cookie("sessionid");

        assertEquals(403, refusedHandshake(Map.of("Cookie", cookie, "Origin", EVIL)));
        assertEquals(403, refusedHandshake(Map.of("Cookie", cookie, "Origin", "null")));
        assertEquals(403, refusedHandshake(Map.of("Cookie", cookie)), "a browser always names the origin of a handshake");
        open(Map.of("Cookie", cookie, "Origin", Http.BASE)).abort();

        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        open(Map.of("Authorization", "Token " + key)).abort();
        open(Map.of("Authorization", "Token " + key, "Origin", EVIL)).abort();
    }

    private static WebSocket open(Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        return builder.buildAsync(URI.create(WS), new WebSocket.Listener() { }).join();
    }

    private static int refusedHandshake(Map<String, String> headers) {
        CompletionException refused = assertThrows(CompletionException.class, () -> open(headers));
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
        return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
    }

    @Test
    void anAdminsPasswordResetEndsWhatTheOldPasswordGave() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http session = Accounts.jsonLogin(username, PASSWORD);
        Http formSession = Accounts.formLogin(username, PASSWORD);
        String loginKey = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        JsonObject tokens = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json();
        String issuedKey = admin.postJson("/api/admin/api-keys", "{\"username\":\"" + username + "\",\"name\":\"crm\"}").json().getString("key");
        assertEquals(200, session.get("/api/auth/me").status());
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Token " + loginKey).status());
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access")).status());

        Http.Reply reset = admin.putJson("/api/admin/users/" + username, "{\"password\":\"a-new-password\"}");
        assertEquals(200, reset.status(), reset::toString);
        assertEquals(true, reset.json().getBoolean("success"), "doc 004's answer, with what was ended beside it");
        JsonObject revoked = reset.json().getJsonObject("revoked");
        assertEquals(2, revoked.getInt("sessions"), revoked::toString);
        assertEquals(1, revoked.getInt("refreshTokens"), revoked::toString);
        assertEquals(1, revoked.getInt("apiKeys"), "the token endpoint's key; the admin-issued one stays: " + revoked);

        chatError(session.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
        chatError(formSession.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Token " + loginKey), 401, "TOKEN_INVALID", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access")), 401, "TOKEN_INVALID", null);
        Checks.clinicError(new Http().postJson("/api/v1/auth/refresh/", "{\"refresh\":\"" + tokens.getString("refresh") + "\"}"),
                401, "TOKEN_INVALID");
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Token " + issuedKey).status(),
                "a key an admin issued for an integration stays");

        chatError(new Http().postJson("/api/auth/login", loginJson(username, PASSWORD)), 401, "INVALID_CREDENTIALS", null);
        assertEquals(200, Accounts.jsonLogin(username, "a-new-password").get("/api/auth/me").status());
        String newKey = new Http().postJson("/api/auth/token/", loginJson(username, "a-new-password")).json().getString("token");
        assertNotEquals(loginKey, newKey, "the revoked key is not given back");
        String access = new Http().postJson("/api/v1/auth/token/", loginJson(username, "a-new-password")).json().getString("access");
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Bearer " + access).status(), "new tokens work");

        JsonObject unchanged = admin.putJson("/api/admin/users/" + username, "{\"firstName\":\"Kept\"}").json();
        assertEquals(Map.of("success", jakarta.json.JsonValue.TRUE), unchanged, "an edit without a password answers as before");
    }

    @Test
    void theTokenEndpointGivesAUserTheirOneKey() throws Exception {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        String first = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        String again = new Http().postForm("/api/auth/token/", Map.of("username", username, "password", PASSWORD)).json().getString("token");
        assertEquals(first, again, "get-or-create, as Django REST framework's ObtainAuthToken");
        assertTrue(Checks.HEX40.matcher(first).matches(), first);

        // fewer than the failure limit: attempts in flight count until they turn out right
        ExecutorService pool = Executors.newFixedThreadPool(LIMIT - 1);
        List<Future<Http.Reply>> concurrent = new ArrayList<>();
        for (int i = 0; i < LIMIT - 1; i++) {
            concurrent.add(pool.submit(() -> new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD))));
        }
        for (Future<Http.Reply> token : concurrent) {
            Http.Reply reply = token.get();
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(first, reply.json().getString("token"), "concurrent logins make one key, not several");
        }
        pool.shutdown();

        Http owner = Accounts.jsonLogin(username, PASSWORD);
        List<JsonObject> keys = owner.get("/api/auth/keys").array().getValuesAs(JsonObject.class);
        assertEquals(1, keys.size(), keys::toString);
        assertEquals(first.substring(0, 8), keys.get(0).getString("prefix"), keys::toString);

        assertEquals(200, owner.delete("/api/auth/keys/" + keys.get(0).getJsonNumber("id").longValue()).status());
        chatError(new Http().get("/api/auth/me", "Authorization", "Token " + first), 401, "TOKEN_INVALID", null);
        String next = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        assertNotEquals(first, next, "after a revocation the endpoint makes a new key");
        assertEquals(200, new Http().get("/api/auth/me", "Authorization", "Token " + next).status());
    }

    private static String createNamed(String username) {
        Http.Reply created = Accounts.admin().postJson("/api/admin/users", loginJson(username, PASSWORD));
        assertEquals(201, created.status(), created::toString);
        return username;
    }
}
