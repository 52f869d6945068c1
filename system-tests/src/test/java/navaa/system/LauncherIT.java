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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, end to end, as a new installation meets it: ./navaa start
 * on a machine with no database configured (embedded H2), a generated admin password,
 * then status and stop. Its own domain and ports, so it runs beside the Arquillian domain.
 * What the started domain exposes is checked too: only the HTTP port listens beyond the
 * loopback, and the data folder is its owner's only.
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
        Path leftOpen = recordingOfAnEarlierVersion();
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

        onlyTheHttpPortListensBeyondTheLoopback();
        theDataFolderIsTheOwnersOnly(leftOpen);

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

    /** An upload as a version before issue 12 left it: readable by every account on the machine. */
    private static Path recordingOfAnEarlierVersion() throws IOException {
        Path upload = Files.createDirectories(DATA.resolve("media/uploads/earlier"));
        Path recording = Files.writeString(upload.resolve("earlier.wav"), "RIFF");
        Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(upload, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(recording, PosixFilePermissions.fromString("rw-r--r--"));
        return recording;
    }

    /**
     * {@code ss -ltnp} after the start: of the ports the domain's java process listens on,
     * only the HTTP port is bound to an address other than the loopback (the admin, IIOP and
     * JMX ports, the broker's port mapper, jms and admin services all are on 127.0.0.1).
     */
    private static void onlyTheHttpPortListensBeyondTheLoopback() throws Exception {
        String pid = Files.readString(Launcher.ROOT.resolve("runtime/payara6/glassfish/domains/" + DOMAIN + "/config/pid")).strip();
        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String listening = new String(ss.getInputStream().readAllBytes());
        assertEquals(0, ss.waitFor(), listening);
        Set<Integer> all = new TreeSet<>();
        Set<Integer> open = new TreeSet<>();
        for (String line : listening.lines().filter(l -> l.contains("pid=" + pid + ",")).toList()) {
            String local = line.trim().split("\\s+")[3];
            int colon = local.lastIndexOf(':');
            int port = Integer.parseInt(local.substring(colon + 1));
            all.add(port);
            if (!loopback(local.substring(0, colon))) {
                open.add(port);
            }
        }
        assertTrue(all.containsAll(List.of(HTTP_PORT, 28048, 28076)), "the domain's listening ports: " + all + "\n" + listening);
        assertEquals(Set.of(HTTP_PORT), open, "ports of the domain bound beyond the loopback:\n" + listening);
    }

    private static boolean loopback(String host) {
        String bare = host.replaceAll("^\\[|]$", "").replaceFirst("%.*$", "");
        return bare.startsWith("127.") || bare.equals("::1") || bare.startsWith("::ffff:127.");
    }

    private static void theDataFolderIsTheOwnersOnly(Path earlier) throws IOException {
        assertEquals("rwx------", mode(DATA));
        assertEquals("rw-------", mode(earlier), "a recording an earlier version left open is tightened at start");
        assertEquals("rwx------", mode(earlier.getParent()));
        List<Path> database;
        try (var files = Files.list(DATA.resolve("db"))) {
            database = files.toList();
        }
        assertFalse(database.isEmpty(), "the H2 files are in db/");
        for (Path file : database) {
            assertEquals("rw-------", mode(file), file::toString);
        }
        assertEquals("rwx------", mode(DATA.resolve("db")));
        Path secrets = Launcher.ROOT.resolve("runtime/secrets/" + DOMAIN);
        for (String secret : List.of("broker-admin.password", "broker-app.password", "broker-integration.password")) {
            assertEquals("rw-------", mode(secrets.resolve(secret)), secret);
        }
        assertEquals("rw-------", mode(DATA.resolve("keys/jms-signing.key")));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
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
