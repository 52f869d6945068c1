package navaa.system;

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

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static navaa.system.AudioFiles.assertFields;
import static navaa.system.AudioFiles.assertGone;
import static navaa.system.AudioFiles.awaitCompleted;
import static navaa.system.AudioFiles.awaitFinished;
import static navaa.system.AudioFiles.fileId;
import static navaa.system.AudioFiles.stored;
import static navaa.system.AudioFiles.unique;
import static navaa.system.AudioFiles.user;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Denoise, whose paths docs 000 and 001 share: every path answers with both documents'
 * fields, doc 000's clients in Persian and doc 001's in its own English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DenoiseIT {

    private static final String[] DOC_000_FILE = {"id", "filename", "original_file", "denoised_file", "status", "boost_level",
            "uploaded_at", "processed_at", "file_size", "duration", "processing_time"};
    private static final String[] DOC_001_FILE = {"id", "filename", "status", "boost_level", "duration", "duration_display",
            "original_url", "denoised_url", "uploaded_at", "processed_at", "error_message"};

    @TempDir
    static Path folder;

    private static Path speech;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void speech() throws Exception {
        speech = Recordings.speech(folder, "speech.wav",
                "Please remove the noise from this recording. It has a few sentences, so that it lasts several seconds.", 0.5, 16_000, 1);
    }

    private static Path noisy() throws Exception {
        return Recordings.noisy(folder, unique("noisy", "wav"), speech, 0.08);
    }

    @Test
    void doc000UploadsListsDownloadsAndDeletesInPersian() throws Exception {
        Http http = user();
        Path noisy = noisy();
        Http.Reply upload = http.postMultipart("/api/denoise/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", noisy),
                "Accept-Language", "fa");
        long id = fileId(upload);
        assertEquals("فایل با موفقیت آپلود شد. پردازش آغاز شد.", upload.json().getString("message"));
        assertEquals(noisy.getFileName().toString(), upload.json().getString("filename"));
        assertEquals("2x", upload.json().getString("boost_level"));

        JsonObject list = http.get("/api/denoise/files/").json();
        assertEquals(1, list.getInt("total_count"));
        JsonObject listed = list.getJsonArray("files").getJsonObject(0);
        assertFields(listed, DOC_000_FILE);
        assertEquals(id, listed.getJsonNumber("id").longValue());
        assertEquals("2x", listed.getString("boost_level"));
        assertEquals(Files.size(noisy), listed.getJsonNumber("file_size").longValue());
        assertEquals(Recordings.wav(Files.readAllBytes(noisy)).frames() / 16_000.0, listed.getJsonNumber("duration").doubleValue(), 0.05);

        JsonObject done = awaitCompleted(http, "/api/denoise/files/" + id + "/");
        assertFields(done, DOC_000_FILE);
        assertTrue(done.getJsonNumber("processing_time").doubleValue() >= 0, done::toString);
        assertFields(done, "method", "loudness_before_lufs", "loudness_after_lufs");

        HttpResponse<byte[]> download = http.download("/api/denoise/download/" + id + "/");
        assertEquals(200, download.statusCode());
        assertArrayEquals(download.body(), http.download(done.getString("denoised_file")).body(), "denoised_file is the download");
        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(noisy));
        Recordings.Pcm output = Recordings.wav(download.body());
        assertEquals(input.channels(), output.channels());
        assertEquals(input.rate(), output.rate());
        assertEquals(input.frames(), output.frames(), "the output is as long as the input");
        assertFalse(Arrays.equals(input.samples(), output.samples()), "the output is not the input");

        Http.Reply deleted = http.delete("/api/denoise/files/" + id + "/", "Accept-Language", "fa");
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("فایل با موفقیت حذف شد", deleted.json().getString("message"));
        assertGone(id, noisy.getFileName().toString());
        Checks.audioError(http.get("/api/denoise/files/" + id + "/"), 404, "NOT_FOUND");
        assertEquals(404, http.download("/api/denoise/download/" + id + "/").statusCode());
        assertEquals(404, http.download(done.getString("original_file")).statusCode());
    }

    @Test
    void doc001UploadsWithoutABoostAndPollsItsStatus() throws Exception {
        Http http = user();
        Path noisy = noisy();
        Http.Reply upload = http.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", noisy));
        long id = fileId(upload);
        assertEquals("File uploaded successfully. Processing started.", upload.json().getString("message"));
        assertEquals(noisy.getFileName().toString(), upload.json().getString("filename"));

        JsonObject status = http.get("/api/denoise/files/" + id + "/status/").json();
        assertFields(status, DOC_001_FILE);
        assertEquals("none", status.getString("boost_level"), "doc 001: no boost unless asked");
        assertTrue(status.getString("duration_display").matches("\\d\\d:\\d\\d"), status::toString);
        assertEquals("/media/jobs/" + id + "/original", status.getString("original_url"));
        assertArrayEquals(Files.readAllBytes(noisy), http.download(status.getString("original_url")).body());
        assertFields(http.get("/api/denoise/files/").json().getJsonArray("files").getJsonObject(0), DOC_001_FILE);

        JsonObject finished = awaitFinished(http, "/api/denoise/files/" + id + "/status/");
        Http.Reply deleted = http.delete("/api/denoise/files/" + id + "/delete/");
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("success", deleted.json().getString("status"));
        assertEquals("File deleted successfully", deleted.json().getString("message"));
        assertGone(id, noisy.getFileName().toString());
        JsonObject gone = Checks.audioError(http.get("/api/denoise/files/" + id + "/status/"), 404, "NOT_FOUND");
        assertEquals("File not found", gone.getString("message"), "doc 001's words");
        Checks.audioError(http.delete("/api/denoise/files/" + id + "/delete/"), 404, "NOT_FOUND");
        assertTrue(finished.containsKey("error_message"));
    }

    @Test
    void doc001sDenoisedFileIsCleanerAudio() throws Exception {
        Http http = user();
        Path noisy = noisy();
        long id = fileId(http.postMultipart("/api/denoise/upload/", Map.of("boost_level", "none"), Map.of("audio_file", noisy)));
        JsonObject done = awaitCompleted(http, "/api/denoise/files/" + id + "/status/");
        assertEquals(JsonValue.NULL, done.get("error_message"));
        HttpResponse<byte[]> denoised = http.download(done.getString("denoised_url"));
        assertEquals(200, denoised.statusCode());
        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(noisy));
        Recordings.Pcm output = Recordings.wav(denoised.body());
        assertEquals(input.frames(), output.frames());
        // the noise floor (the quietest tenth of 20 ms frames) must come down
        assertTrue(quietest(output) < quietest(input) * 0.7, "noise floor " + quietest(input) + " -> " + quietest(output));
    }

    @Test
    void badUploadsAreRefusedAndNothingIsStored() throws Exception {
        Http http = user();
        JsonObject noFile = Checks.audioError(http.postMultipart("/api/denoise/upload/", Map.of(), Map.of(), "Accept-Language", "fa"),
                400, "NO_FILE");
        assertEquals("هیچ فایل صوتی ارسال نشد", noFile.getString("message"), "doc 000's words");
        assertTrue(noFile.getJsonObject("details").containsKey("audio_file"));

        String textName = unique("notes", "mp3");
        Http.Reply renamed = http.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", AudioFiles.renamedText(folder, textName)));
        assertEquals("Unsupported file type. Please upload MP3, WAV, M4A, or FLAC files.",
                Checks.audioError(renamed, 415, "UNSUPPORTED_MEDIA").getString("message"), "doc 001's words");
        assertEquals(0, stored(textName).size());

        Path noisy = noisy();
        JsonObject level = Checks.audioError(http.postMultipart("/api/denoise/upload/", Map.of("boost_level", "7x"), Map.of("audio_file", noisy)),
                400, "VALIDATION_ERROR");
        assertTrue(level.getJsonObject("details").getString("boost_level").contains("none, 2x, 3x, 4x, 5x"), level::toString);
        assertEquals(0, stored(noisy.getFileName().toString()).size(), "a bad level stores nothing");

        Checks.audioError(http.without("X-CSRFToken").postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", noisy)),
                403, "CSRF_FAILED");
        assertEquals(0, http.get("/api/denoise/files/").json().getInt("total_count"));
    }

    @Test
    void anotherUsersFileIsNotFoundOnAnyPath() throws Exception {
        Http owner = user();
        Path noisy = noisy();
        long id = fileId(owner.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", noisy)));
        Http stranger = user();
        Checks.audioError(stranger.get("/api/denoise/files/" + id + "/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.get("/api/denoise/files/" + id + "/status/"), 404, "NOT_FOUND");
        assertEquals(404, stranger.download("/api/denoise/download/" + id + "/").statusCode());
        assertEquals(404, stranger.download("/media/jobs/" + id + "/original").statusCode());
        Checks.audioError(stranger.delete("/api/denoise/files/" + id + "/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.delete("/api/denoise/files/" + id + "/delete/"), 404, "NOT_FOUND");
        assertEquals(0, stranger.get("/api/denoise/files/").json().getJsonArray("files").size());
        // a denoise job is not a boost job, even to its owner
        Checks.audioError(owner.get("/api/boost/files/" + id + "/status/"), 404, "NOT_FOUND");
        awaitFinished(owner, "/api/denoise/files/" + id + "/status/");
        assertEquals(200, owner.get("/api/denoise/files/" + id + "/").status());
        assertEquals(200, owner.delete("/api/denoise/files/" + id + "/").status());
        assertGone(id, noisy.getFileName().toString());
    }

    /** RMS of the quietest tenth of 20 ms frames: the noise between words. */
    private static double quietest(Recordings.Pcm pcm) {
        int frame = pcm.rate() / 50 * pcm.channels();
        double[] rms = new double[pcm.samples().length / frame];
        for (int f = 0; f < rms.length; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += pcm.samples()[i] * pcm.samples()[i];
            }
            rms[f] = Math.sqrt(sum / frame);
        }
        Arrays.sort(rms);
        return Arrays.stream(rms, 0, Math.max(1, rms.length / 10)).average().orElse(0);
    }
}
