package navaa.system;

import jakarta.json.JsonObject;
import navaa.models.dsp.LoudnessMeter;
import navaa.models.dsp.TruePeakMeter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boost service end to end as doc 000's and doc 001's clients use it: session login,
 * multipart upload with X-CSRFToken, poll, download, and the audio measured here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoostIT {

    private static final String PASSWORD = "boost-pw-123";

    @TempDir
    static Path folder;

    private static Path quietWav;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void speech() throws Exception {
        quietWav = Recordings.speech(folder, "quiet meeting.wav",
                "This quiet recording needs a boost. It has a few sentences, so that it lasts several seconds.", 0.25, 44_100, 2);
    }

    private static Http user() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http http = Accounts.formLogin(username, PASSWORD);
        return http.with("X-CSRFToken", http.cookie("csrftoken"));
    }

    private static JsonObject awaitFinished(Http http, String statusPath) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonObject status = http.get(statusPath).json();
            if (!status.getString("status").equals("pending") && !status.getString("status").equals("processing")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the job did not finish in 60 s: " + http.get(statusPath).body());
    }

    @Test
    void doc001BoostsFourTimesWithoutExceedingMinusOneDbtp() throws Exception {
        Http http = user();
        Http.Reply upload = http.postMultipart("/api/boost/upload/", Map.of("boost_level", "4x"), Map.of("audio_file", quietWav));
        assertEquals(200, upload.status(), upload::toString);
        assertEquals("success", upload.json().getString("status"));
        assertEquals("Audio boost started", upload.json().getString("message"));
        long id = upload.json().getJsonNumber("file_id").longValue();

        JsonObject done = awaitFinished(http, "/api/boost/files/" + id + "/status/");
        assertEquals("completed", done.getString("status"), done::toString);
        assertEquals(100, done.getInt("progress"));
        assertEquals("4x", done.getString("boost_level"));
        assertEquals("quiet meeting.wav", done.getString("filename"));

        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(quietWav));
        HttpResponse<byte[]> download = http.download(done.getString("boosted_url"));
        assertEquals(200, download.statusCode());
        Recordings.Pcm output = Recordings.wav(download.body());
        assertEquals(input.channels(), output.channels());
        assertEquals(input.rate(), output.rate());
        assertEquals(input.frames(), output.frames(), "the output is as long as the input, sample for sample");

        double peakOut = TruePeakMeter.measureDbtp(output.samples(), output.channels(), output.rate());
        double gain = loudness(output) - loudness(input);
        assertTrue(peakOut <= -1.0, "true peak " + peakOut + " dBTP must stay at or under -1 dBTP");
        assertTrue(gain > 9 && gain < 12.5, "4x is +12 dB less what the limiter takes back: measured +" + gain + " LU");
        assertEquals(done.getJsonNumber("true_peak_after_dbtp").doubleValue(), peakOut, 0.05, "the JSON reports what is in the file");
        assertTrue(done.getJsonNumber("loudness_after_lufs").doubleValue() > done.getJsonNumber("loudness_before_lufs").doubleValue() + 9);

        JsonObject listed = http.get("/api/boost/files/").json().getJsonArray("files").getJsonObject(0);
        assertEquals(id, listed.getJsonNumber("id").longValue());
    }

    @Test
    void doc000BoostsAFlacAndDownloadsItWithRanges() throws Exception {
        Http http = user();
        Path flac = Recordings.speech(folder, "voice.flac", "A second voice, saved as FLAC.", 0.2, 16_000, 1);

        Http.Reply upload = http.postMultipart("/api/audio-boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", flac),
                "Accept-Language", "fa");
        assertEquals(200, upload.status(), upload::toString);
        assertEquals("فایل آپلود شد. تقویت صدا آغاز شد.", upload.json().getString("message"));
        assertEquals("2x", upload.json().getString("boost_level"));
        long id = upload.json().getJsonNumber("file_id").longValue();
        assertEquals("completed", awaitFinished(http, "/api/audio-boost/files/" + id + "/").getString("status"));

        HttpResponse<byte[]> whole = http.download("/api/audio-boost/download/" + id + "/");
        assertEquals(200, whole.statusCode());
        assertEquals("fLaC", new String(whole.body(), 0, 4, StandardCharsets.US_ASCII), "the output keeps the input's format");
        HttpResponse<byte[]> part = http.download("/api/audio-boost/download/" + id + "/", "Range", "bytes=4-13");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 4-13/" + whole.body().length, part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(10, part.body().length);
        assertEquals(new String(whole.body(), 4, 10, StandardCharsets.ISO_8859_1), new String(part.body(), StandardCharsets.ISO_8859_1));

        assertEquals(200, http.delete("/api/audio-boost/files/" + id + "/").status());
        assertEquals(404, http.get("/api/audio-boost/files/" + id + "/").status());
        assertEquals(404, http.download("/api/audio-boost/download/" + id + "/").statusCode());
    }

    @Test
    void badUploadsAreRefusedInTheAudioFamilysShape() throws Exception {
        Http http = user();
        JsonObject noFile = Checks.audioError(http.postMultipart("/api/boost/upload/", Map.of("boost_level", "3x"), Map.of()), 400, "NO_FILE");
        assertEquals("No file provided", noFile.getString("error"));

        Path text = folder.resolve("notes.mp3");
        Files.writeString(text, "these are meeting notes, not audio\n".repeat(50));
        Http.Reply renamed = http.postMultipart("/api/boost/upload/", Map.of("boost_level", "3x"), Map.of("audio_file", text));
        assertEquals(415, renamed.status(), renamed::toString);
        assertEquals("UNSUPPORTED_MEDIA", renamed.json().getString("error_code"));

        Http.Reply strong = http.postMultipart("/api/boost/upload/", Map.of("boost_level", "strong"), Map.of("audio_file", quietWav));
        assertEquals(400, strong.status());
        assertTrue(strong.json().getJsonObject("details").containsKey("boost_level"));
        Http.Reply missingLevel = http.postMultipart("/api/audio-boost/upload/", Map.of(), Map.of("audio_file", quietWav));
        assertEquals(400, missingLevel.status(), "doc 000 requires boost_level");

        Http.Reply withoutCsrf = http.without("X-CSRFToken").postMultipart("/api/boost/upload/", Map.of(), Map.of("audio_file", quietWav));
        Checks.audioError(withoutCsrf, 403, "CSRF_FAILED");
    }

    @Test
    void anotherUsersJobIsNotFound() throws Exception {
        Http owner = user();
        long id = owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", quietWav))
                .json().getJsonNumber("file_id").longValue();
        Http stranger = user();
        assertEquals(404, stranger.get("/api/boost/files/" + id + "/status/").status());
        assertEquals(404, stranger.download("/media/jobs/" + id + "/original").statusCode());
        assertEquals(404, stranger.delete("/api/boost/files/" + id + "/delete/").status());
        assertEquals(0, stranger.get("/api/boost/files/").json().getJsonArray("files").size());
        awaitFinished(owner, "/api/boost/files/" + id + "/status/");
        assertEquals(200, owner.delete("/api/boost/files/" + id + "/delete/").status());
        assertEquals(404, owner.get("/api/boost/files/" + id + "/status/").status());
    }

    private static double loudness(Recordings.Pcm pcm) {
        LoudnessMeter meter = new LoudnessMeter(pcm.channels(), pcm.rate());
        meter.add(pcm.samples(), pcm.frames());
        return meter.integratedLufs();
    }
}
