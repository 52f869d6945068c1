package navaa.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, end to end, as a new installation meets it: ./navaa start
 * on a machine with no database configured (embedded H2), a generated admin password,
 * then status and stop. Its own domain and ports, so it runs beside the Arquillian domain.
 */
class LauncherIT {

    private static final Path DATA = Launcher.ROOT.resolve("system-tests/target/launcher-data");
    private static final String DOMAIN = "navaa-launch";
    private static final Launcher LAUNCHER = new Launcher(DOMAIN, 28000, DATA);
    private static final int HTTP_PORT = 28080;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterAll
    static void stop() throws Exception {
        LAUNCHER.navaa("stop");
    }

    @Test
    void startBringsThePlatformUpOnH2WithAGeneratedAdminPasswordThenStops() throws Exception {
        LAUNCHER.deleteData();
        long started = System.nanoTime();
        Launcher.Result start = LAUNCHER.navaa("start");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals(0, start.exit(), start::output);
        assertTrue(start.output().contains("http://localhost:" + HTTP_PORT + "/api/docs/"), start::output);
        System.out.printf("LauncherIT: ./navaa start from a stopped, unconfigured domain took %d s%n", seconds);

        Path passwordFile = DATA.resolve("secrets/admin-password");
        assertTrue(start.output().contains(passwordFile.toString()), "the launcher names the password file: " + start.output());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String password = Files.readString(passwordFile).strip();
        assertTrue(password.length() >= 16, "a generated password, not a fixed default");

        HttpResponse<String> health = get("/health/ready", null);
        assertEquals(200, health.statusCode(), health::body);
        assertTrue(health.body().contains("H2"), "the zero-setup database is H2: " + health.body());

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login::body);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sessionid="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> me = get("/api/auth/me", cookie);
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"role\":\"admin\""), me.body());

        Launcher.Result apps = LAUNCHER.asadmin("list-applications");
        assertTrue(apps.output().contains("navaa"), "asadmin lists the EAR: " + apps.output());
        assertEquals(0, LAUNCHER.navaa("status").exit());

        Launcher.Result again = LAUNCHER.navaa("start");
        assertEquals(0, again.exit(), "start is idempotent: " + again.output());

        assertEquals(0, LAUNCHER.navaa("stop").exit());
        assertEquals(3, LAUNCHER.navaa("status").exit(), "status says stopped");
    }

    private static String base() {
        return "http://localhost:" + HTTP_PORT;
    }

    private static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
