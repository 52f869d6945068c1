package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static navaa.system.AudioFiles.fileId;
import static navaa.system.AudioFiles.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The audio family's 10 concurrent uploads per user (api-map, "Rate limits"; doc 000):
 * ten uploads whose bodies are still arriving hold every place, so an eleventh on any
 * audio path is refused at once with 429, and each of the ten still completes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitsIT {

    @TempDir
    static Path folder;

    private static Path clip;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void clip() throws Exception {
        clip = Recordings.speech(folder, "clip.wav", "One short clip.", 0.5, 16_000, 1);
    }

    @Test
    void anEleventhUploadInFlightIsRefusedAndTheTenGoThrough() throws Exception {
        Http http = user();
        List<SlowUpload> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                slow.add(new SlowUpload(http, "/api/denoise/upload/", "audio_file", clip));
            }
            // A barrier without a server hook: a probe with a bad level takes a place, reads its
            // small body and gives the place back (400) while places are free, and is refused
            // (429) only once the ten hold them all.
            Http.Reply probe = awaitFull(http);
            Checks.audioError(probe, 429, "TOO_MANY_REQUESTS");
            assertNotEquals("0", probe.header("X-RateLimit-Remaining"), "refused for uploads in flight, not for 100 requests a minute");

            Http.Reply eleventh = http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", clip));
            Checks.audioError(eleventh, 429, "TOO_MANY_REQUESTS");
            assertNotNull(eleventh.header("Retry-After"), eleventh::toString);
            Checks.audioError(http.postMultipart("/api/speaker-extraction/upload/", Map.of(),
                    Map.of("audio_file", clip, "speaker_sample", clip), "Accept-Language", "fa"), 429, "TOO_MANY_REQUESTS");

            Http other = user();
            fileId(other.postMultipart("/api/boost/upload/", Map.of(), Map.of("audio_file", clip)));

            for (SlowUpload upload : slow) {
                SlowUpload.Answer answer = upload.finish();
                assertEquals(200, answer.status(), answer::toString);
                JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
                assertEquals("File uploaded successfully. Processing started.", json.getString("message"));
            }
        } finally {
            for (SlowUpload upload : slow) {
                upload.close();
            }
        }
        assertEquals(10, http.get("/api/denoise/files/").json().getInt("total_count"));
        fileId(http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", clip)));
    }

    private static Http.Reply awaitFull(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Thread.sleep(500);
        while (true) {
            Http.Reply probe = http.postMultipart("/api/boost/upload/", Map.of("boost_level", "9x"), Map.of("audio_file", clip));
            if (probe.status() != 400 || System.nanoTime() > deadline) {
                return probe;
            }
            Thread.sleep(300);
        }
    }
}
