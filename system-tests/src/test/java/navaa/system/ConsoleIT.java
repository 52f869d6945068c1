package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static navaa.system.Checks.chatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin console's APIs and page: admins only, every user's jobs with filters, cancel
 * (the job ends failed with the reason and its batch execution stops) and retry (the same
 * job runs again and completes), queue depths, voice databases, the dashboard; and the
 * static console served at /admin/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final String CANCELLED = "CANCELLED_BY_ADMIN";

    @TempDir
    static Path folder;

    private static Path shortWav;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void recordings() throws Exception {
        shortWav = Recordings.speech(folder, "console short.wav", "A short recording for the console's job list.", 0.3, 16_000, 1);
    }

    @Test
    void onlyAdminsGetTheConsoleApis() {
        Http user = Accounts.jsonLogin(Accounts.createUser(Accounts.admin(), "console-pw-1", null), "console-pw-1");
        for (String path : List.of("/api/admin/jobs", "/api/admin/jobs/1", "/api/admin/queues", "/api/admin/voice-databases",
                "/api/admin/dashboard", "/api/admin/job-kinds")) {
            chatError(user.get(path), 403, "FORBIDDEN", null);
            chatError(new Http().get(path), 401, "UNAUTHORIZED", null);
        }
        chatError(user.postJson("/api/admin/jobs/1/cancel", "{}"), 403, "FORBIDDEN", null);
        chatError(user.postJson("/api/admin/jobs/1/retry", "{}"), 403, "FORBIDDEN", null);
        chatError(user.delete("/api/admin/voice-databases/1"), 403, "FORBIDDEN", null);
        chatError(user.get("/api/admin/jobs", "Accept-Language", "fa"), 403, "FORBIDDEN", "دسترسی غیرمجاز");
    }

    /** The console's kind filter and labels come from the engine's kinds, in the reader's language. */
    @Test
    void theJobKindsAreTheEnginesEveryOneNamed() {
        Http admin = Accounts.admin();
        JsonArray kinds = admin.get("/api/admin/job-kinds").json().getJsonArray("kinds");
        assertEquals(List.of("DENOISE", "BOOST", "SEPARATE", "EXTRACT", "DIARIZE", "CONTENT_DOWNLOAD"),
                kinds.stream().map(k -> k.asJsonObject().getString("kind")).toList());
        assertEquals(List.of("denoise", "boost", "vocal", "speaker", "diarize", "content-download"),
                kinds.stream().map(k -> k.asJsonObject().getString("service")).toList());
        assertEquals("Vocal separation", kinds.getJsonObject(2).getString("name"));
        JsonArray persian = admin.get("/api/admin/job-kinds", "Accept-Language", "fa").json().getJsonArray("kinds");
        assertEquals("جداسازی آواز", persian.getJsonObject(2).getString("name"));
        String script = new Http().get("/admin/js/pages/jobs.js").body();
        assertTrue(script.contains("jobKinds") && !script.contains("'DENOISE'"), "the console keeps no list of kinds");
    }

    @Test
    void theConsoleIsServedAtAdminWithAPolicyThatKeepsItOnThisServer() {
        Http anyone = new Http();
        Http.Reply index = anyone.get("/admin/");
        assertEquals(200, index.status(), index::toString);
        assertTrue(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type"));
        assertTrue(index.body().contains("<script type=\"module\" src=\"js/main.js\">"), index::body);
        assertTrue(index.header("Content-Security-Policy").contains("default-src 'none'"), index.header("Content-Security-Policy"));
        assertTrue(index.header("Content-Security-Policy").contains("connect-src 'self'"));

        Http.Reply script = anyone.get("/admin/js/pages/jobs.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").startsWith("text/javascript"), script.header("Content-Type"));

        Http.Reply bare = anyone.get("/admin");
        assertEquals(302, bare.status(), bare::toString);
        assertTrue(bare.header("Location").endsWith("/admin/"), bare.header("Location"));

        chatError(anyone.get("/admin/missing.js"), 404, "NOT_FOUND", null);
        int traversal = anyone.get("/admin/..%2FWEB-INF%2Fweb.xml").status();
        assertTrue(traversal == 400 || traversal == 404, "the WAR's own files stay private: " + traversal);
        assertEquals(404, anyone.get("/admin/.hidden.js").status());
    }

    @Test
    void listsEveryUsersJobsByStateKindAndOwnerAPageAtATime() throws Exception {
        Http admin = Accounts.admin();
        Http ali = AudioFiles.user();
        Http sara = AudioFiles.user();
        String aliName = ali.get("/api/auth/me").json().getString("username");
        String saraName = sara.get("/api/auth/me").json().getString("username");
        long boost1 = AudioFiles.fileId(ali.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", shortWav)));
        long boost2 = AudioFiles.fileId(ali.postMultipart("/api/boost/upload/", Map.of("boost_level", "3x"), Map.of("audio_file", shortWav)));
        long denoise = AudioFiles.fileId(sara.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", shortWav)));
        AudioFiles.awaitCompleted(ali, "/api/boost/files/" + boost1 + "/status/");
        AudioFiles.awaitCompleted(ali, "/api/boost/files/" + boost2 + "/status/");
        AudioFiles.awaitCompleted(sara, "/api/denoise/files/" + denoise + "/status/");

        JsonObject alis = admin.get("/api/admin/jobs?owner=" + aliName).json();
        assertEquals(2, alis.getInt("total"), alis::toString);
        assertEquals(List.of(boost2, boost1), ids(alis), "newest first");
        JsonObject newest = alis.getJsonArray("jobs").getJsonObject(0);
        assertEquals("BOOST", newest.getString("kind"));
        assertEquals(aliName, newest.getString("owner"));
        assertEquals("completed", newest.getString("state"));
        assertEquals(100, newest.getInt("progress"));
        assertEquals("console short.wav", newest.getString("fileName"));
        assertEquals(JsonValue.NULL, newest.get("error"));
        assertEquals(JsonValue.NULL, newest.get("errorCode"));
        assertTrue(Checks.ISO_MILLIS.matcher(newest.getString("completedAt")).matches(), newest::toString);

        assertEquals(List.of(denoise), ids(admin.get("/api/admin/jobs?owner=" + saraName + "&kind=denoise&state=completed").json()));
        assertEquals(0, admin.get("/api/admin/jobs?owner=" + saraName + "&kind=BOOST").json().getInt("total"));
        assertEquals(0, admin.get("/api/admin/jobs?owner=" + aliName + "&state=failed").json().getInt("total"));

        JsonObject second = admin.get("/api/admin/jobs?owner=" + aliName + "&size=1&page=2").json();
        assertEquals(List.of(boost1), ids(second));
        assertEquals(2, second.getInt("total"));
        assertEquals(2, second.getInt("page"));
        assertEquals(1, second.getInt("pageSize"));

        JsonObject detail = admin.get("/api/admin/jobs/" + boost1).json();
        assertEquals("2x", detail.getJsonObject("parameters").getString("boost_level"));
        assertEquals("COMPLETED", detail.getJsonObject("execution").getString("batchStatus"));
        assertEquals(16_000, detail.getJsonObject("input").getInt("sampleRate"));

        JsonObject refused = chatError(admin.get("/api/admin/jobs?state=running&size=1000"), 400, "VALIDATION_ERROR", null);
        assertTrue(refused.getJsonObject("fields").containsKey("state"), refused::toString);
        assertTrue(refused.getJsonObject("fields").containsKey("size"), refused::toString);
        chatError(admin.get("/api/admin/jobs/999999999"), 404, "NOT_FOUND", null);
    }

    @Test
    void cancellingARunningJobFailsItWithTheReasonAndStopsItsExecutionAndRetryRunsItToTheEnd() throws Exception {
        Http admin = Accounts.admin();
        Http owner = AudioFiles.user();
        // eight minutes of noise: the denoiser needs tens of seconds, long enough to catch it running
        Path longWav = folder.resolve("long noise.wav");
        Recordings.run("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", longWav.toString(), "synth", "480", "pinknoise", "vol", "0.3");
        long id = AudioFiles.fileId(owner.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", longWav)));
        String status = "/api/denoise/files/" + id + "/status/";
        JsonObject running = awaitJob(admin, id, j -> j.getString("state").equals("processing") && j.getInt("progress") >= 1, 120);

        Http.Reply cancel = admin.postJson("/api/admin/jobs/" + id + "/cancel", "{}");
        assertEquals(200, cancel.status(), cancel::toString);
        assertEquals("failed", cancel.json().getString("state"));
        assertEquals(CANCELLED, cancel.json().getString("errorCode"));
        assertEquals("An administrator cancelled this job.", cancel.json().getString("error"));
        assertEquals("مدیر سیستم این پردازش را لغو کرد.", admin.get("/api/admin/jobs/" + id, "Accept-Language", "fa").json().getString("error"),
                "the console's language");

        JsonObject seen = owner.get(status).json();
        assertEquals("failed", seen.getString("status"), seen::toString);
        assertEquals(CANCELLED, seen.getString("error_code"), "the owner sees why");
        assertEquals("An administrator cancelled this job.", seen.getString("error_message"));
        List<ServerLog.Entry> logged = ServerLog.aboutJob(id, entries -> entries.stream().anyMatch(e -> e.message().contains("cancelled by admin admin")));
        assertTrue(logged.stream().anyMatch(e -> e.level().equals("INFO") && e.message().contains("cancelled by admin admin")),
                () -> "who cancelled is in the log: " + logged);

        JsonObject stopped = awaitJob(admin, id, j -> j.getJsonObject("execution").getString("batchStatus").equals("STOPPED"), 60);
        int progressAtStop = stopped.getInt("progress");
        assertTrue(progressAtStop >= running.getInt("progress") && progressAtStop < 100, stopped::toString);
        Thread.sleep(3000);
        JsonObject later = admin.get("/api/admin/jobs/" + id).json();
        assertEquals("failed", later.getString("state"), "never stuck in processing");
        assertEquals(progressAtStop, later.getInt("progress"), "nothing runs any more");
        assertEquals(CANCELLED, later.getString("errorCode"), "the stopped execution's own listeners keep the reason");

        chatError(admin.postJson("/api/admin/jobs/" + id + "/cancel", "{}"), 409, "JOB_NOT_CANCELLABLE", null);
        JsonArray recent = admin.get("/api/admin/dashboard").json().getJsonArray("recentErrors");
        assertTrue(recent.stream().map(JsonValue::asJsonObject)
                .anyMatch(j -> j.getInt("id") == id && j.getString("errorCode").equals(CANCELLED)), recent::toString);

        Http.Reply retry = admin.postJson("/api/admin/jobs/" + id + "/retry", "{}");
        assertEquals(200, retry.status(), retry::toString);
        assertEquals("pending", retry.json().getString("state"), retry::toString);
        assertEquals(JsonValue.NULL, retry.json().get("error"));
        assertEquals(JsonValue.NULL, retry.json().get("errorCode"));
        JsonObject done = AudioFiles.awaitCompleted(owner, status);
        assertEquals(id, done.getJsonNumber("id").longValue(), "the same job, so the owner's client follows it unchanged");
        assertEquals(200, owner.download(done.getString("denoised_url")).statusCode());
        chatError(admin.postJson("/api/admin/jobs/" + id + "/retry", "{}"), 409, "JOB_NOT_RETRYABLE", null);
    }

    @Test
    void anAdminListsEveryonesVoiceDatabasesAndDeletesOne() {
        Http admin = Accounts.admin();
        Http owner = AudioFiles.user();
        String ownerName = owner.get("/api/auth/me").json().getString("username");
        Http.Reply created = owner.postJson("/api/diarization/voice-databases/", "{\"name\":\"پزشکان\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject listed = admin.get("/api/admin/voice-databases").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("پزشکان", listed.getString("name"));
        assertEquals(ownerName, listed.getString("owner"));
        assertEquals(0, listed.getInt("speakers"));

        assertEquals(200, admin.delete("/api/admin/voice-databases/" + id).status());
        assertEquals(404, owner.get("/api/diarization/voice-databases/" + id + "/").status());
        chatError(admin.delete("/api/admin/voice-databases/" + id), 404, "NOT_FOUND", null);
    }

    /**
     * Known work in, exact numbers out: with the request queue's delivery to the MDB paused,
     * four uploads wait in the queue as four messages and four pending jobs; one is cancelled
     * (failed, its request still waiting); once delivery resumes the three others complete
     * and the queue is back where it was.
     */
    @Test
    void theQueueDepthAndTheDashboardCountTheWorkPutIn() throws Exception {
        Http admin = Accounts.admin();
        Http owner = AudioFiles.user();
        JsonObject before = settledJobs(admin);
        long waitingBefore = waiting(admin, "NavaaJobRequests");
        assertTrue(waiting(admin, "mq.sys.dmq") >= 0, "the dead message queue is browsed");

        List<Long> ids = new java.util.ArrayList<>();
        try (BrokerConsumers paused = BrokerConsumers.pause("NavaaJobRequests")) {
            for (int i = 0; i < 4; i++) {
                ids.add(AudioFiles.fileId(owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", shortWav))));
            }
            assertEquals(waitingBefore + 4, waiting(admin, "NavaaJobRequests"), "each upload's request waits in the queue");
            JsonObject queued = admin.get("/api/admin/dashboard").json().getJsonObject("jobs");
            assertEquals(before.getInt("pending") + 4, queued.getInt("pending"), queued::toString);
            assertEquals(before.getInt("processing"), queued.getInt("processing"), queued::toString);
            assertEquals(before.getInt("total") + 4, queued.getInt("total"), queued::toString);

            Http.Reply cancel = admin.postJson("/api/admin/jobs/" + ids.get(3) + "/cancel", "{}");
            assertEquals(200, cancel.status(), cancel::toString);
            JsonObject cancelled = admin.get("/api/admin/dashboard").json();
            assertEquals(before.getInt("pending") + 3, cancelled.getJsonObject("jobs").getInt("pending"));
            assertEquals(before.getInt("failed") + 1, cancelled.getJsonObject("jobs").getInt("failed"));
            JsonObject latest = cancelled.getJsonArray("recentErrors").getJsonObject(0);
            assertEquals(ids.get(3).longValue(), latest.getJsonNumber("id").longValue(), "the latest failure first");
            assertEquals(CANCELLED, latest.getString("errorCode"));
            assertEquals(waitingBefore + 4, waiting(admin, "NavaaJobRequests"), "a cancelled job's request waits too, to be ignored");
        }
        for (long id : ids.subList(0, 3)) {
            AudioFiles.awaitCompleted(owner, "/api/boost/files/" + id + "/status/");
        }
        JsonObject after = settledJobs(admin);
        assertEquals(before.getInt("completed") + 3, after.getInt("completed"), after::toString);
        assertEquals(before.getInt("failed") + 1, after.getInt("failed"), after::toString);
        assertEquals(before.getInt("pending"), after.getInt("pending"), after::toString);
        assertEquals(before.getInt("total") + 4, after.getInt("total"), after::toString);
        assertEquals("failed", admin.get("/api/admin/jobs/" + ids.get(3)).json().getString("state"), "its late request did not start it");
        assertEquals(waitingBefore, awaitWaiting(admin, "NavaaJobRequests", waitingBefore), "every waiting request was taken");

        for (long id : ids.subList(0, 3)) {
            List<ServerLog.Entry> logged = ServerLog.aboutJob(id, entries -> entries.stream().anyMatch(e -> e.message().contains("completed")));
            assertTrue(logged.stream().anyMatch(e -> e.level().equals("INFO") && e.message().startsWith("job " + id + " (BOOST) completed")),
                    () -> "a completed job is an INFO line: " + logged);
            assertTrue(logged.stream().noneMatch(e -> e.level().equals("WARNING") || e.level().equals("SEVERE")),
                    () -> "a job that went well leaves no warning: " + logged);
        }
    }

    @Test
    void theDashboardCountsUsersAllActiveAndAdmins() {
        Http admin = Accounts.admin();
        JsonObject before = admin.get("/api/admin/dashboard").json().getJsonObject("users");
        Accounts.createUser(admin, "console-pw-2", "\"isActive\":false");
        Accounts.createUser(admin, "console-pw-3", "\"role\":\"admin\"");
        JsonObject after = admin.get("/api/admin/dashboard").json().getJsonObject("users");
        assertEquals(before.getInt("total") + 2, after.getInt("total"), after::toString);
        assertEquals(before.getInt("active") + 1, after.getInt("active"), "the inactive one is not counted: " + after);
        assertEquals(before.getInt("admins") + 1, after.getInt("admins"), after::toString);
    }

    /** The dashboard's job counts once no job is pending or processing (earlier tests' jobs may still run). */
    private static JsonObject settledJobs(Http admin) throws InterruptedException {
        JsonObject jobs = null;
        for (int i = 0; i < 240; i++) {
            jobs = admin.get("/api/admin/dashboard").json().getJsonObject("jobs");
            if (jobs.getInt("pending") == 0 && jobs.getInt("processing") == 0) {
                return jobs;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("jobs still running after 120 s: " + jobs);
    }

    private static long waiting(Http admin, String queue) {
        JsonObject depth = queue(admin.get("/api/admin/queues").json().getJsonArray("queues"), queue);
        assertTrue(depth.get("messages") instanceof jakarta.json.JsonNumber, depth::toString);
        return depth.getJsonNumber("messages").longValue();
    }

    private static long awaitWaiting(Http admin, String queue, long expected) throws InterruptedException {
        long now = waiting(admin, queue);
        for (int i = 0; i < 40 && now != expected; i++) {
            Thread.sleep(250);
            now = waiting(admin, queue);
        }
        return now;
    }

    private static JsonObject queue(JsonArray queues, String name) {
        return queues.stream().map(JsonValue::asJsonObject).filter(q -> q.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no queue " + name + " in " + queues));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("jobs").stream().map(j -> j.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject awaitJob(Http admin, long id, Predicate<JsonObject> condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject job = null;
        while (System.nanoTime() < deadline) {
            job = admin.get("/api/admin/jobs/" + id).json();
            if (condition.test(job)) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + id + " did not get there in " + seconds + " s: " + job);
    }
}
