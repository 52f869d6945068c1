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
import java.util.Set;

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
 * Vocal separation under doc 000's paths (one stem, {@code output_type}) and doc 001's
 * ({@code /api/vocal/}: both stems, and "error" where the others say "failed").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VocalSeparationIT {

    private static final String[] DOC_000_FILE = {"id", "filename", "original_file", "separated_file", "output_type", "status",
            "uploaded_at", "processed_at", "duration"};
    private static final String[] DOC_001_FILE = {"id", "filename", "status", "progress", "original_url", "vocals_url",
            "instrumental_url", "uploaded_at", "processed_at", "error_message"};

    @TempDir
    static Path folder;

    private static Path voice;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void voice() throws Exception {
        voice = Recordings.speech(folder, "voice.wav",
                "This is the singer's line. It goes on for a few seconds over a steady chord.", 0.5, 44_100, 2);
    }

    private static Path song() throws Exception {
        return Recordings.song(folder, unique("song", "wav"), voice, 0.2);
    }

    @Test
    void doc000SeparatesTheStemItAskedForInPersian() throws Exception {
        Http http = user();
        Path song = song();
        Http.Reply upload = http.postMultipart("/api/vocal-separation/upload/", Map.of("output_type", "instrumental"),
                Map.of("audio_file", song), "Accept-Language", "fa");
        long id = fileId(upload);
        assertEquals("فایل آپلود شد. جداسازی آواز آغاز شد.", upload.json().getString("message"));
        assertEquals(song.getFileName().toString(), upload.json().getString("filename"));
        assertEquals("instrumental", upload.json().getString("output_type"));

        JsonObject listed = http.get("/api/vocal-separation/files/").json().getJsonArray("files").getJsonObject(0);
        assertFields(listed, DOC_000_FILE);
        assertEquals("instrumental", listed.getString("output_type"));
        assertFields(http.get("/api/vocal-separation/files/" + id + "/").json(), DOC_000_FILE);

        JsonObject done = awaitCompleted(http, "/api/vocal-separation/files/" + id + "/");
        HttpResponse<byte[]> download = http.download("/api/vocal-separation/download/" + id + "/");
        assertEquals(200, download.statusCode());
        assertArrayEquals(http.download(done.getString("instrumental_url")).body(), download.body(), "the download is the stem asked for");
        assertArrayEquals(download.body(), http.download(done.getString("separated_file")).body());
        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(song));
        Recordings.Pcm instrumental = Recordings.wav(download.body());
        assertEquals(input.frames(), instrumental.frames());
        assertEquals(input.channels(), instrumental.channels());
        assertFalse(Arrays.equals(input.samples(), instrumental.samples()));

        Http.Reply deleted = http.delete("/api/vocal-separation/files/" + id + "/", "Accept-Language", "fa");
        assertEquals("فایل با موفقیت حذف شد", deleted.json().getString("message"));
        assertGone(id, song.getFileName().toString());
        assertEquals(404, http.download("/api/vocal-separation/download/" + id + "/").statusCode());
        Checks.audioError(http.get("/api/vocal-separation/files/" + id + "/"), 404, "NOT_FOUND");
    }

    @Test
    void doc001AnswersAsDocumentedAndNeverSaysFailed() throws Exception {
        Http http = user();
        Path song = song();
        Http.Reply upload = http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", song));
        long id = fileId(upload);
        assertEquals("Vocal separation started", upload.json().getString("message"));

        JsonObject status = http.get("/api/vocal/files/" + id + "/status/").json();
        assertFields(status, DOC_001_FILE);
        assertTrue(status.getInt("progress") >= 0 && status.getInt("progress") <= 100, status::toString);
        assertFields(http.get("/api/vocal/files/").json().getJsonArray("files").getJsonObject(0), DOC_001_FILE);

        JsonObject finished = awaitFinished(http, "/api/vocal/files/" + id + "/status/");
        assertTrue(Set.of("completed", "error").contains(finished.getString("status")), finished::toString);
        String listedStatus = http.get("/api/vocal/files/").json().getJsonArray("files").getJsonObject(0).getString("status");
        assertEquals(finished.getString("status"), listedStatus);

        Http.Reply deleted = http.delete("/api/vocal/files/" + id + "/delete/");
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("success", deleted.json().getString("status"));
        assertGone(id, song.getFileName().toString());
        Checks.audioError(http.get("/api/vocal/files/" + id + "/status/"), 404, "NOT_FOUND");
    }

    @Test
    void doc001GetsBothStems() throws Exception {
        Http http = user();
        Path song = song();
        long id = fileId(http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", song)));
        JsonObject done = awaitCompleted(http, "/api/vocal/files/" + id + "/status/");
        assertEquals(JsonValue.NULL, done.get("error_message"));
        assertEquals("both", done.getString("output_type"));
        HttpResponse<byte[]> vocals = http.download(done.getString("vocals_url"));
        HttpResponse<byte[]> instrumental = http.download(done.getString("instrumental_url"));
        assertEquals(200, vocals.statusCode());
        assertEquals(200, instrumental.statusCode());
        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(song));
        Recordings.Pcm v = Recordings.wav(vocals.body());
        Recordings.Pcm i = Recordings.wav(instrumental.body());
        assertEquals(input.frames(), v.frames());
        assertEquals(input.frames(), i.frames());
        assertFalse(Arrays.equals(v.samples(), i.samples()), "two different stems");
        assertFalse(Arrays.equals(input.samples(), v.samples()), "the vocals are not the song");
        assertTrue(done.containsKey("method"), done::toString);
    }

    @Test
    void badUploadsAreRefusedAndNothingIsStored() throws Exception {
        Http http = user();
        Path song = song();
        for (String outputType : new String[]{"both", "karaoke"}) {
            JsonObject wrong = Checks.audioError(http.postMultipart("/api/vocal-separation/upload/", Map.of("output_type", outputType),
                    Map.of("audio_file", song)), 400, "VALIDATION_ERROR");
            assertTrue(wrong.getJsonObject("details").getString("output_type").contains("vocals, instrumental"), wrong::toString);
        }
        Checks.audioError(http.postMultipart("/api/vocal-separation/upload/", Map.of(), Map.of("audio_file", song)), 400, "VALIDATION_ERROR");
        assertEquals(0, stored(song.getFileName().toString()).size());

        JsonObject noFile = Checks.audioError(http.postMultipart("/api/vocal/separate/", Map.of(), Map.of()), 400, "NO_FILE");
        assertEquals("No file provided", noFile.getString("error"), "doc 001's {\"error\": ...}");
        Checks.audioError(http.postMultipart("/api/vocal-separation/upload/", Map.of("output_type", "vocals"), Map.of()), 400, "NO_FILE");
        Checks.audioError(http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", AudioFiles.renamedText(folder, unique("lyrics", "flac")))),
                415, "UNSUPPORTED_MEDIA");
        Checks.audioError(http.without("X-CSRFToken").postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", song)), 403, "CSRF_FAILED");
        assertEquals(0, http.get("/api/vocal/files/").json().getJsonArray("files").size());
    }

    @Test
    void anotherUsersFileIsNotFoundOnAnyPath() throws Exception {
        Http owner = user();
        Path song = song();
        long id = fileId(owner.postMultipart("/api/vocal-separation/upload/", Map.of("output_type", "vocals"), Map.of("audio_file", song)));
        Http stranger = user();
        Checks.audioError(stranger.get("/api/vocal-separation/files/" + id + "/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.get("/api/vocal/files/" + id + "/status/"), 404, "NOT_FOUND");
        assertEquals(404, stranger.download("/api/vocal-separation/download/" + id + "/").statusCode());
        assertEquals(404, stranger.download("/media/jobs/" + id + "/vocals").statusCode());
        Checks.audioError(stranger.delete("/api/vocal-separation/files/" + id + "/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.delete("/api/vocal/files/" + id + "/delete/"), 404, "NOT_FOUND");
        assertEquals(0, stranger.get("/api/vocal-separation/files/").json().getJsonArray("files").size());
        assertEquals(0, stranger.get("/api/vocal/files/").json().getJsonArray("files").size());
        // one job, seen through either document's paths
        assertEquals(id, owner.get("/api/vocal/files/").json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue());
        awaitFinished(owner, "/api/vocal/files/" + id + "/status/");
        assertEquals(200, owner.delete("/api/vocal/files/" + id + "/delete/").status());
        assertGone(id, song.getFileName().toString());
    }
}
