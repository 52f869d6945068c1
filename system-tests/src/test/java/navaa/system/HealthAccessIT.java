package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /health tells anyone UP or DOWN and nothing else (no database product, schema version,
 * FFmpeg version or queue depth); administrators, by any way in, get every check's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAccessIT {

    private static final List<String> ENDPOINTS = List.of("/health", "/health/ready", "/health/live", "/health/started");
    private static final String PASSWORD = "health-pw-123";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void anonymousCallersAndUsersGetTheStatusOnly() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        String key = new Http().postJson("/api/auth/token/", login(username)).json().getString("token");
        for (Http caller : List.of(new Http(), Accounts.jsonLogin(username, PASSWORD), new Http().with("Authorization", "Token " + key))) {
            for (String endpoint : ENDPOINTS) {
                Http.Reply health = caller.get(endpoint);
                assertEquals(200, health.status(), () -> endpoint + ": " + health);
                assertEquals("{\"status\":\"UP\"}", health.body(), endpoint);
                assertEquals("no-store", health.header("Cache-Control"), endpoint);
            }
        }
    }

    @Test
    void administratorsGetEveryCheckByEveryWayIn() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"admin\"");
        String key = new Http().postJson("/api/auth/token/", login(username)).json().getString("token");
        String access = new Http().postJson("/api/v1/auth/token/", login(username)).json().getString("access");
        for (Http caller : List.of(Accounts.jsonLogin(username, PASSWORD), new Http().with("Authorization", "Token " + key),
                new Http().with("Authorization", "Bearer " + access))) {
            JsonObject ready = caller.get("/health/ready").json();
            assertEquals("UP", ready.getString("status"), ready::toString);
            String checks = ready.getJsonArray("checks").toString();
            for (String name : List.of("navaa-database", "navaa-messaging", "navaa-jwt-keys", "navaa-ffmpeg", "navaa-models")) {
                assertTrue(checks.contains("\"name\":\"" + name + "\""), name + " in " + checks);
            }
            assertTrue(checks.contains("MySQL") && checks.contains("avcodec") && checks.contains("pendingJobRequests"), checks);
            assertTrue(caller.get("/health").json().getJsonArray("checks").size() >= 5);
        }
    }

    /** A probe polls from one address all day: the anonymous 100 requests an hour do not apply. */
    @Test
    void probesAreNotRateLimited() {
        Http probe = new Http();
        for (int i = 0; i < 130; i++) {
            Http.Reply health = probe.get("/health/ready");
            assertEquals(200, health.status(), health::toString);
        }
    }

    private static String login(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
    }
}
