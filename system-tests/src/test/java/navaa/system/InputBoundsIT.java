package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.models.audio.FlacBomb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static navaa.system.AudioFiles.fileId;
import static navaa.system.AudioFiles.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs that took the server down (issue 12, part 2) are refused in the audio family's
 * shape, and cost neither heap nor disk: an enrolment of 300 tiny samples, FLAC files of
 * under 1 MB that decode to billions of samples (on every path that takes a file), a
 * multipart body of 100,000 parts, and more queued jobs than a user may have.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputBoundsIT {

    private static final Logger LOG = Logger.getLogger(InputBoundsIT.class.getName());
    private static final Path DATA = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data"));
    /** What a request may add to the server's old generation while it runs: 300 decoded samples held ~2.3 GB. */
    private static final long HEAP_BOUND_MB = 256;

    @TempDir
    static Path folder;

    /** 8 channels of 48 kHz, 30,000 blocks: about 1 MB that decodes to 15.7·10⁹ samples (11 h). */
    private static byte[] bomb;
    /** The same, its header saying it lasts one second. */
    private static Path liar;
    /** 131 s of 16 kHz mono in about 450 bytes: a sample that decodes to the 120 s an enrolment reads. */
    private static byte[] longSample;
    /** A 4-second file any path takes. */
    private static Path small;
    /** An hour of 16 kHz mono in 12 KB: a job that stays queued while the test runs. */
    private static Path hour;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void files() throws IOException {
        bomb = Files.readAllBytes(FlacBomb.write(folder.resolve("bomb.flac"), 30_000, 48_000, 8));
        liar = FlacBomb.write(folder.resolve("liar.flac"), 30_000, 192_000, 8, 192_000);
        longSample = Files.readAllBytes(FlacBomb.write(folder.resolve("long.flac"), 32, 16_000, 1));
        small = FlacBomb.write(folder.resolve("small.flac"), 1, 16_000, 1);
        hour = FlacBomb.write(folder.resolve("hour.flac"), 880, 16_000, 1);
        assertTrue(bomb.length < 1_100_000, "the bomb is " + bomb.length + " bytes");
    }

    @Test
    @Order(1)
    void anEnrolmentOfThreeHundredSamplesIsRefusedWithoutTheHeapGrowing() throws Exception {
        Http http = user();
        long db = voiceDatabase(http);
        FormBody form = new FormBody().field("name", "Many");
        for (int i = 0; i < 300; i++) {
            form.file("samples", "s" + i + ".flac", longSample);
        }
        ServerHeap heap = ServerHeap.watch();
        Http.Reply reply;
        try {
            reply = http.postMultipartBody("/api/diarization/voice-databases/" + db + "/speakers/", form);
        } finally {
            heap.close();
        }
        long grewMb = heap.peakGrowthMb();
        LOG.info(() -> "300-part enrolment: " + reply.status() + "; old generation grew by " + grewMb + " MB (" + heap.samples() + " samples)");
        refusal(reply, 413, "parts");
        assertTrue(grewMb < HEAP_BOUND_MB, "the server's old generation grew by " + grewMb + " MB during the request");
        assertEquals(0, http.get("/api/diarization/voice-databases/" + db + "/").json().getJsonArray("speakers").size());
    }

    @Test
    @Order(2)
    void moreSamplesThanTheLimitOrMoreSecondsTogetherAreRefusedBeforeAnyIsDecoded() {
        Http http = user();
        long db = voiceDatabase(http);
        FormBody eleven = new FormBody().field("name", "Eleven");
        for (int i = 0; i < 11; i++) {
            eleven.file("samples", "s" + i + ".flac", longSample);
        }
        JsonObject tooMany = refusal(http.postMultipartBody("/api/diarization/voice-databases/" + db + "/speakers/", eleven), 400, "");
        assertTrue(tooMany.getJsonObject("details").getString("samples").contains("At most 10 samples"), tooMany::toString);

        // six samples of 131 s: the first 120 s of each are read, 720 s together, over 600
        FormBody longTogether = new FormBody().field("name", "Long");
        for (int i = 0; i < 6; i++) {
            longTogether.file("samples", "s" + i + ".flac", longSample);
        }
        refusal(http.postMultipartBody("/api/diarization/voice-databases/" + db + "/speakers/", longTogether), 413, "600 seconds");
    }

    @Test
    @Order(3)
    void anEnrolmentTakesOneOfTheUploadPlaces() throws Exception {
        Http http = user();
        long db = voiceDatabase(http);
        List<SlowUpload> slow = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                slow.add(new SlowUpload(http, "/api/denoise/upload/", "audio_file", small));
            }
            awaitAllPlacesTaken(http, slow);
            Http.Reply enrolment = http.postMultipartBody("/api/diarization/voice-databases/" + db + "/speakers/",
                    new FormBody().field("name", "Busy").file("samples", "s.flac", longSample));
            JsonObject refused = refusal(enrolment, 429, "");
            assertTrue(enrolment.header("Retry-After") != null, enrolment::toString);
            assertTrue(!"0".equals(enrolment.header("X-RateLimit-Remaining")), "refused for uploads in flight, not for 100 requests a minute");
            assertTrue(!refused.getString("message").contains("waiting or running"), "refused for uploads in flight: " + refused);
            for (SlowUpload upload : slow) {
                SlowUpload.Answer answer = upload.finish();
                assertEquals(200, answer.status(), answer::toString);
                ids.add(Json.createReader(new StringReader(answer.body())).readObject().getJsonNumber("file_id").longValue());
            }
        } finally {
            for (SlowUpload upload : slow) {
                upload.close();
            }
        }
        // their jobs end before the next test looks at the data folder
        for (long id : ids) {
            awaitFinished(http, "/api/denoise/files/" + id + "/status/");
        }
    }

    /**
     * A barrier without a server hook: while places are free, an upload with a bad level
     * takes one, reads its small body and answers 400 at once; once the ten slow uploads hold
     * them all it is refused with 429. A slow upload that arrived while such a probe held a
     * place was refused itself (on a loaded machine they take a while to arrive): it is sent
     * again, since its place is free once the probe has answered.
     */
    private static void awaitAllPlacesTaken(Http http, List<SlowUpload> slow) throws Exception {
        byte[] file = Files.readAllBytes(small);
        long deadline = System.nanoTime() + 60_000_000_000L;
        Thread.sleep(500);
        while (http.postMultipartBody("/api/boost/upload/", new FormBody().field("boost_level", "9x")
                .file("audio_file", "small.flac", file)).status() == 400) {
            assertTrue(System.nanoTime() < deadline, "the ten slow uploads never held every place");
            for (int i = 0; i < slow.size(); i++) {
                if (slow.get(i).answered()) {
                    slow.get(i).close();
                    slow.set(i, new SlowUpload(http, "/api/denoise/upload/", "audio_file", small));
                }
            }
            Thread.sleep(1_000);
        }
    }

    @Test
    @Order(4)
    void aFlacThatDecodesToBillionsOfSamplesIsRefusedOnEveryPathAndLeavesNothingOnDisk() throws IOException {
        Http http = user();
        long db = voiceDatabase(http);
        Set<String> before = dataFolders();
        Map<String, FormBody> uploads = Map.of(
                "/api/denoise/upload/", new FormBody().file("audio_file", "bomb.flac", bomb),
                "/api/audio-boost/upload/", new FormBody().field("boost_level", "2x").file("audio_file", "bomb.flac", bomb),
                "/api/boost/upload/", new FormBody().file("audio_file", "bomb.flac", bomb),
                "/api/vocal-separation/upload/", new FormBody().field("output_type", "vocals").file("audio_file", "bomb.flac", bomb),
                "/api/vocal/separate/", new FormBody().file("audio_file", "bomb.flac", bomb),
                "/api/speaker-extraction/upload/", new FormBody().file("audio_file", "small.flac", Files.readAllBytes(small))
                        .file("speaker_sample", "bomb.flac", bomb),
                "/api/speaker/extract/", new FormBody().file("conversation_file", "bomb.flac", bomb)
                        .file("target_speaker_file", "small.flac", Files.readAllBytes(small)),
                "/api/diarization/jobs/", new FormBody().file("audio_file", "bomb.flac", bomb),
                "/api/diarization/voice-databases/" + db + "/speakers/", new FormBody().field("name", "Bomb").file("samples", "bomb.flac", bomb));
        for (Map.Entry<String, FormBody> upload : uploads.entrySet()) {
            JsonObject refused = refusal(http.postMultipartBody(upload.getKey(), upload.getValue()), 413, "too long");
            assertTrue(refused.getString("message").contains("15,728 million samples"), upload.getKey() + ": " + refused);
        }
        assertEquals(before, dataFolders(), "nothing of the refused uploads stays in the data folder");
        assertEquals(0, http.get("/api/denoise/files/").json().getInt("total_count"));
        assertEquals(0, http.get("/api/diarization/jobs/").json().getJsonArray("jobs").size());
    }

    @Test
    @Order(5)
    void aFlacWhoseHeaderHidesItsLengthFailsItsJobAtTheCeiling() throws Exception {
        Http http = user();
        long id = http.postMultipartBody("/api/diarization/jobs/", new FormBody().file("audio_file", "liar.flac", Files.readAllBytes(liar)))
                .json().getJsonNumber("id").longValue();
        JsonObject job = awaitFinished(http, "/api/diarization/jobs/" + id + "/");
        assertEquals("failed", job.getString("status"), job::toString);
        assertEquals("INPUT_TOO_LONG", job.getString("error_code"), job::toString);
        assertTrue(job.getString("error").contains("samples"), "the reason names the limit: " + job);
    }

    @Test
    @Order(6)
    void aBodyOfManySmallPartsIsRefusedWithoutSittingInTheHeap() throws Exception {
        Http http = user();
        FormBody form = new FormBody().file("audio_file", "small.flac", Files.readAllBytes(small));
        for (int i = 0; i < 100_000; i++) {
            form.field("x", "1");
        }
        ServerHeap heap = ServerHeap.watch();
        Http.Reply reply;
        try {
            reply = http.postMultipartBody("/api/denoise/upload/", form);
        } finally {
            heap.close();
        }
        long grewMb = heap.peakGrowthMb();
        LOG.info(() -> "100,000-part body: " + reply.status() + "; old generation grew by " + grewMb + " MB (" + heap.samples() + " samples)");
        refusal(reply, 413, "parts");
        assertTrue(grewMb < HEAP_BOUND_MB, "the server's old generation grew by " + grewMb + " MB during the request");
        assertEquals(0, http.get("/api/denoise/files/").json().getInt("total_count"));
        // a form with the parts it needs still goes through
        fileId(http.postMultipartBody("/api/denoise/upload/", new FormBody().field("boost_level", "2x")
                .file("audio_file", "small.flac", Files.readAllBytes(small))));
    }

    /**
     * A part past 16 KB is a file in a folder of the web module's temporary folder that only
     * the server's user may enter, while its request runs: gone when the client hangs up half
     * way through the body, and when the resource refuses what it read.
     */
    @Test
    @Order(7)
    void aPartsFileLivesOnlyWhileItsRequestRuns() throws Exception {
        Http http = user();
        Path noise = folder.resolve("noise.wav");
        byte[] bytes = new byte[256 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(noise, bytes);
        try (SlowUpload upload = new SlowUpload(http, "/api/denoise/upload/", "audio_file", noise)) {
            List<Path> during = partFilesOnceThey(found -> !found.isEmpty());
            assertEquals(1, during.size(), "the half-sent part is on disk: " + during);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(during.get(0).getParent())),
                    during.get(0).getParent().toString());
        }
        assertEquals(List.of(), partFilesOnceThey(List::isEmpty), "the client hung up half way");
        refusal(http.postMultipartBody("/api/denoise/upload/", new FormBody().file("audio_file", "noise.wav", bytes)), 415, "");
        assertEquals(List.of(), partFiles(), "the resource refused the part");
    }

    /** Parts' files anywhere in the domain's generated folder (FileUpload names them upload_*.tmp). */
    private static List<Path> partFiles() throws IOException {
        Path generated = Launcher.ROOT.resolve("runtime/payara6/glassfish/domains/navaa-it/generated");
        try (Stream<Path> files = Files.walk(generated)) {
            return files.filter(f -> f.getFileName().toString().matches("upload_.*\\.tmp")).toList();
        }
    }

    private static List<Path> partFilesOnceThey(java.util.function.Predicate<List<Path>> hold) throws Exception {
        List<Path> found = partFiles();
        for (int i = 0; i < 100 && !hold.test(found); i++) {
            Thread.sleep(100);
            found = partFiles();
        }
        return found;
    }

    @Test
    @Order(8)
    void theTwentyFirstQueuedJobIsRefusedEvenWhenTheyArriveTogether() throws Exception {
        Http http = user();
        byte[] hourLong = Files.readAllBytes(hour);
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 15; i++) {
                ids.add(fileId(http.postMultipartBody("/api/boost/upload/", new FormBody().file("audio_file", "hour.flac", hourLong))));
            }
            // ten at once (the user's ten upload places) for the last five places in the queue
            List<Http.Reply> replies = together(10, () -> http.postMultipartBody("/api/boost/upload/",
                    new FormBody().file("audio_file", "hour.flac", hourLong)));
            List<Http.Reply> accepted = replies.stream().filter(r -> r.status() == 200).toList();
            accepted.forEach(r -> ids.add(fileId(r)));
            List<Http.Reply> refused = replies.stream().filter(r -> r.status() != 200).toList();
            assertEquals(5, accepted.size(), replies::toString);
            for (Http.Reply reply : refused) {
                refusal(reply, 429, "waiting or running");
                assertEquals("30", reply.header("Retry-After"), reply::toString);
            }
            assertEquals(20, http.get("/api/boost/files/").json().getInt("total_count"));
            assertTrue(http.get("/api/boost/files/").json().getJsonArray("files").stream()
                    .map(f -> f.asJsonObject().getString("status")).allMatch(s -> s.equals("pending") || s.equals("processing")));
        } finally {
            cancel(ids);
        }
        // cancelled jobs have ended (failed): they no longer count
        ids.add(fileId(http.postMultipartBody("/api/boost/upload/", new FormBody().file("audio_file", "hour.flac", hourLong))));
        cancel(ids.subList(ids.size() - 1, ids.size()));
    }

    private static JsonObject awaitFinished(Http http, String statusPath) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject job = http.get(statusPath).json();
            if (!job.getString("status").equals("pending") && !job.getString("status").equals("processing")) {
                return job;
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("the job did not end in 600 s: " + http.get(statusPath).body());
    }

    private static void cancel(List<Long> ids) {
        Http admin = Accounts.admin();
        for (long id : ids) {
            Http.Reply reply = admin.postJson("/api/admin/jobs/" + id + "/cancel", "{}");
            assertTrue(reply.status() == 200 || reply.status() == 409, reply::toString);
        }
    }

    private static List<Http.Reply> together(int clients, java.util.function.Supplier<Http.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long voiceDatabase(Http http) {
        Http.Reply created = http.postJson("/api/diarization/voice-databases/", "{\"name\":\"bounds\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /**
     * Doc 000's error shape, with the status and a message that says what went wrong. The
     * error_code is only checked to be there: which of doc 000's codes a refusal answers
     * is another part's concern.
     */
    private static JsonObject refusal(Http.Reply reply, int status, String messageHas) {
        assertEquals(status, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals("error", body.getString("status"), body::toString);
        assertTrue(body.getString("error_code").length() > 0, body::toString);
        assertEquals(body.getString("message"), body.getString("error"), body::toString);
        assertTrue(body.get("details") instanceof JsonObject, body::toString);
        assertTrue(body.getString("message").contains(messageHas), "the message says \"" + messageHas + "\": " + body);
        return body;
    }

    /**
     * The folders uploads and jobs make in the server's data folder (one per upload, per
     * job's work and per job's outputs), each with the bytes it holds.
     */
    private static Set<String> dataFolders() throws IOException {
        Set<String> all = new TreeSet<>();
        for (String kind : List.of("media/uploads", "work", "media/outputs")) {
            Path parent = DATA.resolve(kind);
            if (Files.isDirectory(parent)) {
                try (Stream<Path> folders = Files.list(parent)) {
                    for (Path folder : folders.toList()) {
                        all.add(kind + "/" + folder.getFileName() + " " + bytes(folder));
                    }
                }
            }
        }
        return all;
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
