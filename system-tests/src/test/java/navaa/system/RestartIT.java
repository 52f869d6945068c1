package navaa.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job survives the server being killed: kill -9 in the middle of a boost, ./navaa start,
 * and the job resumes from its last checkpoint and produces exactly the bytes an
 * uninterrupted run produces. On the embedded H2 database, the default of a new install.
 */
class RestartIT {

    private static final Path DATA = Launcher.ROOT.resolve("system-tests/target/restart-data");
    private static final String DOMAIN = "navaa-restart";
    private static final Launcher LAUNCHER = new Launcher(DOMAIN, 38000, DATA);
    private static final String BASE = "http://localhost:38080";

    @TempDir
    static Path folder;

    @AfterAll
    static void stop() throws Exception {
        LAUNCHER.navaa("stop");
    }

    @Test
    void aJobKilledMidwayResumesAndGivesTheSameOutput() throws Exception {
        LAUNCHER.deleteData();
        assertEquals(0, LAUNCHER.navaa("start").exit());
        Path recording = folder.resolve("long lecture.flac");
        Recordings.run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", recording.toString(),
                "synth", "1500", "sine", "200-2000", "sine", "300", "vol", "0.2");

        Http admin = login();
        long interrupted = upload(admin, recording);
        int progressAtKill = waitForProgress(admin, interrupted, 10);
        killServer();
        assertEquals(0, LAUNCHER.navaa("start").exit(), "the server starts again after kill -9");

        JsonObject resumed = awaitFinished(admin = login(), interrupted);
        assertEquals("completed", resumed.getString("status"), resumed::toString);
        long uninterrupted = upload(admin, recording);
        assertEquals("completed", awaitFinished(admin, uninterrupted).getString("status"));

        byte[] afterCrash = download(admin, interrupted);
        byte[] clean = download(admin, uninterrupted);
        assertTrue(afterCrash.length > 1_000_000, "a real output");
        assertArrayEquals(clean, afterCrash, "killed at " + progressAtKill + " %, the resumed job must give the same bytes");
    }

    private static Http login() {
        Http http = Http.at(BASE);
        String password;
        try {
            password = Files.readString(DATA.resolve("secrets/admin-password")).strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Http.Reply reply = http.postForm("/accounts/login/", Map.of("username", "admin", "password", password));
        assertEquals(200, reply.status(), reply::toString);
        return http.with("X-CSRFToken", http.cookie("csrftoken"));
    }

    private static long upload(Http http, Path file) {
        Http.Reply reply = http.postMultipart("/api/boost/upload/", Map.of("boost_level", "3x"), Map.of("audio_file", file));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("file_id").longValue();
    }

    private static int waitForProgress(Http http, long id, int percent) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonObject status = http.get("/api/boost/files/" + id + "/status/").json();
            assertTrue(!status.getString("status").equals("completed"), "the job finished before it could be interrupted: make the input longer");
            if (status.getInt("progress") >= percent) {
                return status.getInt("progress");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no progress in 120 s");
    }

    private static JsonObject awaitFinished(Http http, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonObject status = http.get("/api/boost/files/" + id + "/status/").json();
            if (status.getString("status").equals("completed") || status.getString("status").equals("failed")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the job did not finish in 300 s");
    }

    private static byte[] download(Http http, long id) {
        HttpResponse<byte[]> response = http.download("/media/jobs/" + id + "/output");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** SIGKILL to the domain's JVM: no shutdown hooks, no orderly stop, as in a crash. */
    private static void killServer() throws InterruptedException {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("domains/" + DOMAIN) && c.contains("glassfish")).orElse(false))
                .toList();
        assertEquals(1, servers.size(), "one server process of the domain");
        servers.get(0).destroyForcibly();
        servers.get(0).onExit().join();
    }

}
