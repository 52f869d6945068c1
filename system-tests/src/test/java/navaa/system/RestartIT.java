package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jobs survive the server being killed: a boost, a denoise, a separation, a speaker
 * extraction and a diarization all run at once, kill -9 when each is in the middle of its
 * resumable step, ./navaa start, and every job resumes from its last checkpoint and produces
 * exactly what an uninterrupted run produces. One kill for all five keeps the test to one
 * start/kill/start cycle. Equal bytes alone would not tell a resume from a start over, so each
 * job's record of its runs (the admin API's job detail) must show the second execution
 * starting at a checkpoint past where the progress had got before the kill, and doing less
 * than the whole of the step an uninterrupted run does. On the embedded H2 database, the
 * default of a new install.
 */
class RestartIT {

    private static final Path DATA = Launcher.ROOT.resolve("system-tests/target/restart-data");
    private static final String DOMAIN = "navaa-restart";
    private static final Launcher LAUNCHER = new Launcher(DOMAIN, 31000, DATA);
    private static final String BASE = "http://localhost:31080";
    /** The admin API's list answers for every job at once: one request a poll, well under its limit. */
    private static final long POLL_MILLIS = 1500;
    /** The share of a speaker extraction's progress its analysis step reports (batch-jobs' Plans.ANALYSIS_PROGRESS). */
    private static final int EXTRACTION_ANALYSIS_PROGRESS = 40;
    /**
     * The extraction's progress at which the quick jobs are submitted, half way through its
     * analysis: the separation and the denoise, the slowest to get going, were the last to reach
     * their kill point when it was three quarters.
     */
    private static final int EXTRACTION_HEAD_START = 20;

    @TempDir
    static Path folder;

    @AfterAll
    static void stop() throws Exception {
        LAUNCHER.navaa("stop");
    }

    @Test
    void jobsKilledMidwayResumeAndGiveTheSameOutputs() throws Exception {
        LAUNCHER.navaa("stop");
        LAUNCHER.deleteData();
        assertEquals(0, LAUNCHER.navaa("start").exit());
        RestartedJob extraction = extraction();
        List<RestartedJob> slow = List.of(extraction, diarization());
        List<RestartedJob> quick = List.of(boost(), denoise(), separation());
        List<RestartedJob> jobs = new ArrayList<>(slow);
        jobs.addAll(quick);

        // the quick jobs start once the extraction is well into its analysis (speech found over
        // the whole recording), so that every job is in the middle of its step at the same time
        Http admin = login();
        Map<RestartedJob, Long> interrupted = submitAll(admin, slow);
        waitUntil(admin, interrupted, job -> job == extraction ? EXTRACTION_HEAD_START : 0);
        interrupted.putAll(submitAll(admin, quick));
        Map<RestartedJob, Integer> progressAtKill = waitUntil(admin, interrupted, RestartedJob::killAt);
        killServer();
        progressAtKill.forEach((job, progress) -> System.out.println("RestartIT: " + job.name() + " killed at " + progress + " %"));
        assertEquals(0, LAUNCHER.navaa("start").exit(), "the server starts again after kill -9");

        admin = login();
        awaitAllCompleted(admin, interrupted);
        Map<RestartedJob, Long> uninterrupted = submitAll(admin, jobs);
        awaitAllCompleted(admin, uninterrupted);

        for (RestartedJob job : jobs) {
            long killed = interrupted.get(job);
            long clean = uninterrupted.get(job);
            int atKill = progressAtKill.get(job);
            for (String output : job.outputs()) {
                byte[] afterCrash = download(admin, job, killed, output);
                assertTrue(afterCrash.length > job.minimumBytes(), () -> job.name() + " " + output + ": a real output");
                assertArrayEquals(download(admin, job, clean, output), afterCrash,
                        job.name() + " killed at " + atKill + " %: the resumed job must give the same " + output);
            }
            JsonObject whole = onlyRun(admin, clean, job.step());
            long total = whole.getJsonNumber("total").longValue();
            job.expectedTotal().ifPresent(expected -> assertEquals(expected, total, () -> job.name() + ": " + whole));
            assertEquals(total, whole.getJsonNumber("processed").longValue(), () -> job.name() + ": an uninterrupted run does the whole step: " + whole);
            JsonObject resumed = resumedRun(admin, killed, job, atKill);
            long start = resumed.getJsonNumber("startPosition").longValue();
            assertEquals(0, start % job.checkpointEvery(), () -> job.name() + " starts at a checkpoint: " + resumed);
            assertEquals(total, start + resumed.getJsonNumber("processed").longValue(),
                    () -> job.name() + " goes on from there to the end: " + resumed);
        }
    }

    /**
     * A 2 x boost after the target's regions are kept: the process step's kernel is a chain
     * (gate, then boost), at 44.1 kHz stereo so that it lasts as long as the analysis before it.
     */
    private RestartedJob extraction() throws Exception {
        Path conversation = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("alice", "en-us+f3", "Sure, but please keep it short, we have a lot to cover this morning.", 0.5)
                .wav("conversation.wav");
        Path sample = new Turns(folder)
                .say("alice", "en-us+f3", "This is my own voice, recorded alone so that the system can recognise me later on.", 0)
                .wav("alice sample.wav");
        // a long hum after the talk: little speech to analyse, a long process step to kill
        Path hum = folder.resolve("hum.wav");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", hum.toString(), "synth", "880", "sine", "100", "vol", "0.01");
        Path recording = folder.resolve("long talk.wav");
        Recordings.run("sox", conversation.toString(), hum.toString(), "-r", "44100", "-c", "2", recording.toString());
        return RestartedJob.audio("extraction", "/api/speaker-extraction/upload/", Map.of("boost_level", "2x"),
                Map.of("audio_file", recording, "speaker_sample", sample), EXTRACTION_ANALYSIS_PROGRESS, 44_100, List.of("output"));
    }

    /** A meeting of three voices, long enough that embedding it takes a while. */
    private RestartedJob diarization() throws Exception {
        Path part = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("carol", "en-us+klatt4", "Sure, but please keep it short, we have a lot to cover this morning.", 0.5)
                .say("bob", "en-us", "Of course. Sales went up by twelve percent, mostly in the northern region.", 0.7)
                .wav("part.wav");
        Path meeting = folder.resolve("long meeting.wav");
        Recordings.run("sox", part.toString(), meeting.toString(), "repeat", "59");
        return RestartedJob.diarization(meeting);
    }

    private RestartedJob boost() throws Exception {
        Path lecture = folder.resolve("long lecture.flac");
        Recordings.run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", lecture.toString(),
                "synth", "2400", "sine", "200-2000", "sine", "300", "vol", "0.2");
        return RestartedJob.audio("boost", "/api/boost/upload/", Map.of("boost_level", "3x"), Map.of("audio_file", lecture),
                0, 22_050, List.of("output")).total(2400L * 22_050);
    }

    /** DTLN works at 16 kHz mono: its state (the LSTMs, a partly filled hop) and its delay cross the kill. */
    private RestartedJob denoise() throws Exception {
        Path noisy = folder.resolve("noisy talk.wav");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", noisy.toString(),
                "synth", "900", "sine", "150-3000", "pinknoise", "vol", "0.3");
        return RestartedJob.audio("denoise", "/api/denoise/upload/", Map.of("boost_level", "none"), Map.of("audio_file", noisy),
                0, 16_000, List.of("output")).total(900L * 16_000);
    }

    /** Stereo: the centre-side-harmonic separator, both stems compared. */
    private RestartedJob separation() throws Exception {
        Path song = folder.resolve("long song.wav");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "2", "-b", "16", song.toString(),
                "synth", "900", "sine", "220-880", "sine", "330", "vol", "0.3");
        return RestartedJob.audio("separation", "/api/vocal-separation/upload/", Map.of("output_type", "vocals"),
                Map.of("audio_file", song), 0, 16_000, List.of("vocals", "instrumental")).total(900L * 16_000);
    }

    private static Map<RestartedJob, Long> submitAll(Http http, List<RestartedJob> jobs) {
        Map<RestartedJob, Long> ids = new LinkedHashMap<>();
        for (RestartedJob job : jobs) {
            ids.put(job, job.submit(http));
        }
        return ids;
    }

    /**
     * Waits until every job's progress has reached {@code target}, then returns each one's
     * progress: none may have finished first (the inputs are sized so that the quickest job
     * lasts several times as long as the slowest takes to get there).
     */
    private static Map<RestartedJob, Integer> waitUntil(Http admin, Map<RestartedJob, Long> ids,
                                                        ToIntFunction<RestartedJob> target) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Map<Long, JsonObject> listed = listed(admin);
            Map<RestartedJob, Integer> progress = new LinkedHashMap<>();
            boolean all = true;
            for (Map.Entry<RestartedJob, Long> entry : ids.entrySet()) {
                JsonObject job = listed.get(entry.getValue());
                assertTrue(job != null && !job.getString("state").equals("completed") && !job.getString("state").equals("failed")
                        && job.getInt("progress") < 90, () -> entry.getKey().name() + " got past its step before the others were "
                        + "interrupted, make its input longer: " + listed.values());
                progress.put(entry.getKey(), job.getInt("progress"));
                all &= job.getInt("progress") >= target.applyAsInt(entry.getKey());
            }
            if (all) {
                return progress;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("not every job got midway in 300 s: " + listed(admin).values());
    }

    private static void awaitAllCompleted(Http admin, Map<RestartedJob, Long> ids) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Map<Long, JsonObject> listed = listed(admin);
            boolean all = true;
            for (Map.Entry<RestartedJob, Long> entry : ids.entrySet()) {
                JsonObject job = listed.get(entry.getValue());
                assertTrue(job != null && !job.getString("state").equals("failed"), () -> entry.getKey().name() + " failed: " + job);
                all &= job.getString("state").equals("completed");
            }
            if (all) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("the jobs did not finish in 600 s: " + listed(admin).values());
    }

    /** Every job, by id, from the admin API's list (newest first, the test's jobs are all on its first page). */
    private static Map<Long, JsonObject> listed(Http admin) {
        Http.Reply reply = admin.get("/api/admin/jobs?size=50");
        assertEquals(200, reply.status(), reply::toString);
        Map<Long, JsonObject> jobs = new LinkedHashMap<>();
        for (JsonValue job : reply.json().getJsonArray("jobs")) {
            jobs.put(job.asJsonObject().getJsonNumber("id").longValue(), job.asJsonObject());
        }
        return jobs;
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
     * past 0, at least where the job's progress had got before the kill, and do less than the
     * whole step.
     */
    private static JsonObject resumedRun(Http admin, long id, RestartedJob job, int progressAtKill) {
        List<JsonObject> runs = runs(admin, id, job.step());
        assertEquals(2, runs.size(), () -> job.name() + ": the killed execution's run and the resumed one's: " + runs);
        JsonObject killed = runs.get(0);
        JsonObject resumed = runs.get(1);
        assertEquals(0, killed.getJsonNumber("startPosition").longValue(), killed::toString);
        assertEquals(JsonValue.NULL, killed.get("processed"), () -> "kill -9 left the first run without an end: " + killed);
        assertTrue(resumed.getJsonNumber("execution").longValue() != killed.getJsonNumber("execution").longValue(), runs::toString);
        long start = resumed.getJsonNumber("startPosition").longValue();
        long total = resumed.getJsonNumber("total").longValue();
        long processed = resumed.getJsonNumber("processed").longValue();
        long done = progressAtKill - job.stepFrom();
        long span = job.stepTo() - job.stepFrom();
        assertTrue(start > 0, () -> job.name() + ": the resumed execution starts at its resume point, not at 0: " + resumed);
        assertTrue(done > 0 && start * span >= done * total,
                () -> job.name() + " starts at least where the progress had got (" + done + "/" + span + " of the step): " + resumed);
        assertTrue(processed > 0 && processed < total, () -> job.name() + " does less than the whole step: " + resumed);
        return resumed;
    }

    private static List<JsonObject> runs(Http admin, long job, String step) {
        Http.Reply detail = admin.get("/api/admin/jobs/" + job);
        assertEquals(200, detail.status(), detail::toString);
        return detail.json().getJsonArray("runs").stream().map(JsonValue::asJsonObject)
                .filter(run -> run.getString("step").equals(step)).toList();
    }

    private static byte[] download(Http http, RestartedJob job, long id, String output) {
        if (job.diarizes()) {
            Http.Reply result = http.get("/api/diarization/jobs/" + id + "/result.json");
            assertEquals(200, result.status(), result::toString);
            assertTrue(result.body().contains("\"num_speakers\": 3"), result::body);
            return result.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        HttpResponse<byte[]> response = http.download("/media/jobs/" + id + "/" + output);
        assertEquals(200, response.statusCode(), () -> job.name() + " " + output);
        return response.body();
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

    /** SIGKILL to the domain's JVM: no shutdown hooks, no orderly stop, as in a crash. */
    private static void killServer() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("domains/" + DOMAIN) && c.contains("glassfish")).orElse(false))
                .toList();
        assertEquals(1, servers.size(), "one server process of the domain");
        servers.get(0).destroyForcibly();
        servers.get(0).onExit().join();
    }
}
