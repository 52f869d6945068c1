package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.function.Predicate;

import static navaa.system.Checks.chatError;
import static navaa.system.Checks.loginJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Doc 004's auto-registration at POST /api/auth/login: off unless configured, and when an
 * administrator switches it on (here as a domain config property, which Payara's
 * MicroProfile Config reads again within a minute) an unknown user becomes a new user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutoRegistrationIT {

    private static final String SETTING = "navaa.allow-auto-register";
    /** Payara caches MicroProfile Config values for 60 s. */
    private static final long CONFIG_CACHE_MILLIS = 90_000;

    private static final Launcher DOMAIN = new Launcher("navaa-it", Integer.getInteger("navaa.it.adminPort", 18048) - 48,
            Path.of(System.getProperty("navaa.it.dataDir", "target/it-data")));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void unknownUsersAreRegisteredOnlyWhileItIsEnabled() throws Exception {
        String stranger = Accounts.uniqueName("stranger");
        chatError(new Http().postJson("/api/auth/login", loginJson(stranger, "password123")), 401, "INVALID_CREDENTIALS", null);
        assertTrue(Checks.listedUser(Accounts.admin(), stranger).isEmpty(), "off by default: nobody was registered");

        set("true");
        try {
            Http.Reply registered = loginOfNewUserUntil(reply -> reply.status() == 200);
            JsonObject body = registered.json();
            assertEquals("user", body.getString("role"));
            String username = body.getString("username");
            JsonObject listed = Checks.requireListed(Accounts.admin(), username);
            assertEquals("user", listed.getString("role"));
            assertTrue(Checks.ISO_MILLIS.matcher(listed.getJsonObject("stats").getString("lastLoginAt")).matches(), listed::toString);
            assertEquals(200, Accounts.jsonLogin(username, "password123").get("/api/auth/me").status(), "the password is theirs now");
            chatError(new Http().postJson("/api/auth/login", loginJson(username, "another-password")), 401, "INVALID_CREDENTIALS", null);

            JsonObject shortPassword = chatError(new Http().postJson("/api/auth/login", loginJson(Accounts.uniqueName("short"), "1234567")),
                    400, "VALIDATION_ERROR", null);
            assertEquals("Password must be at least 8 characters.", shortPassword.getJsonObject("fields").getString("password"));
        } finally {
            DOMAIN.asadmin("delete-config-property", "--source=domain", "--propertyName=" + SETTING);
        }
        // the tests after this one expect unknown users to be refused again
        loginOfNewUserUntil(reply -> reply.status() == 401);
    }

    private static void set(String value) throws Exception {
        Launcher.Result result = DOMAIN.asadmin("set-config-property", "--source=domain", "--propertyName=" + SETTING, "--propertyValue=" + value);
        assertEquals(0, result.exit(), result::output);
    }

    /** Logs in as a new name (each from its own address, so the login limits never trip) until the answer is as expected. */
    private static Http.Reply loginOfNewUserUntil(Predicate<Http.Reply> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CONFIG_CACHE_MILLIS;
        Http.Reply reply;
        do {
            reply = new Http().postJson("/api/auth/login", loginJson(Accounts.uniqueName("auto"), "password123"));
            if (expected.test(reply)) {
                return reply;
            }
            Thread.sleep(2000);
        } while (System.currentTimeMillis() < deadline);
        return fail("the setting did not take effect within " + CONFIG_CACHE_MILLIS / 1000 + " s; last answer: " + reply);
    }
}
