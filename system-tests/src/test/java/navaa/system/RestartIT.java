package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
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
 * A job survives the server being killed: kill -9 in the middle of a boost (or of a
 * diarization's embedding), ./navaa start, and the job resumes from its last checkpoint and
 * produces exactly what an uninterrupted run produces. Equal bytes alone would not tell a
 * resume from a start over, so the job's record of its runs (the admin API's job detail)
 * must show the second execution starting at a checkpoint past where the progress had got
 * before the kill, and doing less than the whole of the work an uninterrupted run does. On
 * the embedded H2 database, the default of a new install.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class RestartIT {

    private static final Path DATA = Launcher.ROOT.resolve("system-tests/target/restart-data");
    private static final String DOMAIN = "navaa-restart";
    private static final Launcher LAUNCHER = new Launcher(DOMAIN, 31000, DATA);
    private static final String BASE = "http://localhost:31080";
    /** The audio family allows 100 requests a minute per user: diarization polls stay under it, and a 429 waits as told. */
    private static final long POLL_MILLIS = 700;

    @TempDir
    static Path folder;

    @AfterAll
    static void stop() throws Exception {
        LAUNCHER.navaa("stop");
    }

    @Test
    void aJobKilledMidwayResumesAndGivesTheSameOutput() throws Exception {
        LAUNCHER.navaa("stop");
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

        JsonObject whole = onlyRun(admin, uninterrupted, "process");
        long total = whole.getJsonNumber("total").longValue();
        assertEquals(1500L * 22_050, total, "the boost reads the input's own 22.05 kHz frames");
        assertEquals(total, whole.getJsonNumber("processed").longValue(), "an uninterrupted run reads every frame: " + whole);
        // progress is 95 % × frames done / total until the encode step: the kill came after progressAtKill / 95 of the frames
        JsonObject resumedRun = resumedRun(admin, interrupted, "process", progressAtKill, 95);
        long start = resumedRun.getJsonNumber("startPosition").longValue();
        assertEquals(0, start % (10L * 22_050), "it starts at a checkpoint: ten one-second blocks each, " + resumedRun);
        assertEquals(total, start + resumedRun.getJsonNumber("processed").longValue(), "and reads on from there to the end: " + resumedRun);
    }

    /**
     * A diarization killed while it embeds (its windows appended stretch by stretch) resumes
     * after the start and gives the same result.json as an uninterrupted run.
     */
    @Test
    void aDiarizationKilledWhileEmbeddingResumesAndGivesTheSameResult() throws Exception {
        assertEquals(0, LAUNCHER.navaa("start").exit());
        Path part = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("carol", "en-us+klatt4", "Sure, but please keep it short, we have a lot to cover this morning.", 0.5)
                .say("bob", "en-us", "Of course. Sales went up by twelve percent, mostly in the northern region.", 0.7)
                .wav("part.wav");
        Path meeting = folder.resolve("long meeting.wav");
        Recordings.run("sox", part.toString(), meeting.toString(), "repeat", "24");

        Http admin = login();
        long interrupted = diarize(admin, meeting);
        int progressAtKill = waitForDiarization(admin, interrupted, 35);
        killServer();
        assertEquals(0, LAUNCHER.navaa("start").exit(), "the server starts again after kill -9");

        admin = login();
        JsonObject resumed = awaitDiarization(admin, interrupted);
        assertEquals("completed", resumed.getString("status"), resumed::toString);
        long uninterrupted = diarize(admin, meeting);
        assertEquals("completed", awaitDiarization(admin, uninterrupted).getString("status"));
        String afterCrash = admin.get("/api/diarization/jobs/" + interrupted + "/result.json").body();
        String clean = admin.get("/api/diarization/jobs/" + uninterrupted + "/result.json").body();
        assertTrue(afterCrash.contains("\"num_speakers\": 3"), afterCrash);
        assertEquals(clean, afterCrash, "killed at " + progressAtKill + " %, the resumed diarization must give the same result");

        JsonObject whole = onlyRun(admin, uninterrupted, "embed");
        long total = whole.getJsonNumber("total").longValue();
        assertEquals(total, whole.getJsonNumber("processed").longValue(), "an uninterrupted run embeds every stretch: " + whole);
        // progress is 20 % + 70 % × stretches done / all while embedding
        JsonObject resumedRun = resumedRun(admin, interrupted, "embed", progressAtKill - 20, 70);
        long start = resumedRun.getJsonNumber("startPosition").longValue();
        assertEquals(0, start % 5, "it starts at a checkpoint: five stretches each, " + resumedRun);
        assertEquals(total, start + resumedRun.getJsonNumber("processed").longValue(), "and embeds on from there to the end: " + resumedRun);
    }

    /** The job's one run through {@code step}, which must have started at 0 and ended. */
    private static JsonObject onlyRun(Http admin, long job, String step) {
        List<JsonObject> runs = runs(admin, job, step);
        assertEquals(1, runs.size(), () -> "one run: " + runs);
        assertEquals(0, runs.get(0).getJsonNumber("startPosition").longValue(), runs::toString);
        return runs.get(0);
    }

    /**
     * The killed execution's run (from 0, never ended) and the resumed one's, which must start
     * past 0, at least where the job's progress had got before the kill (a share
     * {@code doneNumerator / doneDenominator} of the step's work), and do less than the whole step.
     */
    private static JsonObject resumedRun(Http admin, long job, String step, long doneNumerator, long doneDenominator) {
        List<JsonObject> runs = runs(admin, job, step);
        assertEquals(2, runs.size(), () -> "the killed execution's run and the resumed one's: " + runs);
        JsonObject killed = runs.get(0);
        JsonObject resumed = runs.get(1);
        assertEquals(0, killed.getJsonNumber("startPosition").longValue(), killed::toString);
        assertEquals(JsonValue.NULL, killed.get("processed"), () -> "kill -9 left the first run without an end: " + killed);
        assertTrue(resumed.getJsonNumber("execution").longValue() != killed.getJsonNumber("execution").longValue(), runs::toString);
        long start = resumed.getJsonNumber("startPosition").longValue();
        long total = resumed.getJsonNumber("total").longValue();
        long processed = resumed.getJsonNumber("processed").longValue();
        assertTrue(start > 0, () -> "the resumed execution starts at its resume point, not at 0: " + resumed);
        assertTrue(doneNumerator > 0 && start * doneDenominator >= doneNumerator * total,
                () -> "it starts at least where the progress had got (" + doneNumerator + "/" + doneDenominator + " of the step): " + resumed);
        assertTrue(processed > 0 && processed < total, () -> "it does less than the whole step: " + resumed);
        return resumed;
    }

    private static List<JsonObject> runs(Http admin, long job, String step) {
        Http.Reply detail = admin.get("/api/admin/jobs/" + job);
        assertEquals(200, detail.status(), detail::toString);
        return detail.json().getJsonArray("runs").stream().map(JsonValue::asJsonObject)
                .filter(run -> run.getString("step").equals(step)).toList();
    }

    private static long diarize(Http http, Path file) {
        Http.Reply reply = http.postMultipart("/api/diarization/jobs/", Map.of("output_formats", "json"), Map.of("audio_file", file));
        assertEquals(202, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Waits until the job is past finding speech and embedding: between {@code percent} and 90. */
    private static int waitForDiarization(Http http, long id, int percent) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonObject status = diarization(http, id);
            int progress = status.getInt("progress");
            assertTrue(!status.getString("status").equals("completed") && progress < 90,
                    "the diarization got past embedding before it could be interrupted: make the input longer");
            if (progress >= percent) {
                return progress;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("no progress in 140 s");
    }

    private static JsonObject diarization(Http http, long id) throws InterruptedException {
        while (true) {
            Http.Reply reply = http.get("/api/diarization/jobs/" + id + "/");
            if (reply.status() != 429) {
                assertEquals(200, reply.status(), reply::toString);
                return reply.json();
            }
            Thread.sleep(1000L * Long.parseLong(reply.header("Retry-After")));
        }
    }

    private static JsonObject awaitDiarization(Http http, long id) throws InterruptedException {
        for (int i = 0; i < 430; i++) {
            JsonObject status = diarization(http, id);
            if (status.getString("status").equals("completed") || status.getString("status").equals("failed")) {
                return status;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("the diarization did not finish in 300 s");
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
