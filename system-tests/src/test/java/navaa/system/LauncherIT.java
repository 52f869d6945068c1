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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, end to end, as a new installation meets it: ./navaa start
 * on a machine with no database configured (embedded H2), a generated admin password,
 * then status and stop. Its own domain and ports, so it runs beside the Arquillian domain.
 */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("navaa.root", "..")).toAbsolutePath().normalize();
    private static final Path DATA = ROOT.resolve("system-tests/target/launcher-data");
    private static final String DOMAIN = "navaa-launch";
    private static final int HTTP_PORT = 28080;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterAll
    static void stop() throws Exception {
        navaa("stop");
    }

    @Test
    void startBringsThePlatformUpOnH2WithAGeneratedAdminPasswordThenStops() throws Exception {
        deleteRecursively(DATA);
        long started = System.nanoTime();
        Result start = navaa("start");
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

        Result apps = asadmin("list-applications");
        assertTrue(apps.output().contains("navaa"), "asadmin lists the EAR: " + apps.output());
        assertEquals(0, navaa("status").exit());

        Result again = navaa("start");
        assertEquals(0, again.exit(), "start is idempotent: " + again.output());

        assertEquals(0, navaa("stop").exit());
        assertEquals(3, navaa("status").exit(), "status says stopped");
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

    private static Result asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("runtime/payara6/bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", ROOT.resolve("runtime/secrets/" + DOMAIN + "/asadmin.password").toString(),
                "--port", "28048"));
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    private static Result navaa(String command) throws Exception {
        return run(List.of(ROOT.resolve("navaa").toString(), command), Map.of(
                "NAVAA_DOMAIN", DOMAIN,
                "NAVAA_PORT_BASE", "28000",
                "NAVAA_DATA_DIR", DATA.toString()));
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("NAVAA_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Result(int exit, String output) {
    }
}
