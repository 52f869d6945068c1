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
import java.util.List;
import java.util.Map;
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
    /** A small upload limit of the admin's choosing, which the container's multipart parser must follow too. */
    private static final int UPLOAD_MAX_MB = 2;
    private static final Launcher LAUNCHER = new Launcher(DOMAIN, 28000, DATA, Map.of("NAVAA_UPLOAD_MAX_MB", Integer.toString(UPLOAD_MAX_MB)));
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

        HttpResponse<String> anonymousHealth = get("/health/ready", null);
        assertEquals(200, anonymousHealth.statusCode(), anonymousHealth::body);
        assertEquals("{\"status\":\"UP\"}", anonymousHealth.body(), "details are for administrators");

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login::body);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sessionid="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> health = get("/health/ready", cookie);
        assertEquals(200, health.statusCode(), health::body);
        assertTrue(health.body().contains("H2"), "the zero-setup database is H2: " + health.body());
        HttpResponse<String> me = get("/api/auth/me", cookie);
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"role\":\"admin\""), me.body());

        uploadsFollowTheConfiguredLimit(password);

        Launcher.Result apps = LAUNCHER.asadmin("list-applications");
        assertTrue(apps.output().contains("navaa"), "asadmin lists the EAR: " + apps.output());
        assertEquals(0, LAUNCHER.navaa("status").exit());

        // a redeploy over the running application: undeployed, cleared and deployed again,
        // with the native libraries still owned by the domain's loader
        Launcher.Result redeploy = LAUNCHER.script("deploy.sh", "--force");
        assertEquals(0, redeploy.exit(), redeploy::output);
        HttpResponse<String> healthAfter = get("/health/ready", null);
        assertEquals(200, healthAfter.statusCode(), healthAfter::body);
        uploadsFollowTheConfiguredLimit(password);

        Launcher.Result again = LAUNCHER.navaa("start");
        assertEquals(0, again.exit(), "start is idempotent: " + again.output());

        assertEquals(0, LAUNCHER.navaa("stop").exit());
        assertEquals(3, LAUNCHER.navaa("status").exit(), "status says stopped");
    }

    /**
     * NAVAA_UPLOAD_MAX_MB=2: a 3 MB upload is refused with the family's 413 whether it
     * declares its length or arrives in chunks without one (only the parser can stop that
     * one), and a 1 MB upload goes through.
     */
    private static void uploadsFollowTheConfiguredLimit(String password) throws Exception {
        Path folder = Files.createDirectories(DATA.resolve("uploads"));
        Path over = folder.resolve("over.wav");
        Path under = folder.resolve("under.wav");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", over.toString(), "synth", "100", "whitenoise", "vol", "0.1");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", under.toString(), "synth", "30", "whitenoise", "vol", "0.1");
        Http admin = Http.at(base());
        assertEquals(200, admin.postForm("/accounts/login/", Map.of("username", "admin", "password", password)).status());
        admin.with("X-CSRFToken", admin.cookie("csrftoken"));

        for (Http.Reply refused : List.of(
                admin.postMultipart("/api/boost/upload/", Map.of(), Map.of("audio_file", over)),
                admin.postMultipartChunked("/api/boost/upload/", Map.of(), Map.of("audio_file", over)))) {
            assertEquals(413, refused.status(), refused::body);
            assertEquals("FILE_TOO_LARGE", refused.json().getString("error_code"), refused::body);
            assertTrue(refused.json().getString("message").contains(UPLOAD_MAX_MB + " MB"), refused::body);
        }
        Http.Reply accepted = admin.postMultipartChunked("/api/boost/upload/", Map.of(), Map.of("audio_file", under));
        assertEquals(200, accepted.status(), accepted::body);
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
