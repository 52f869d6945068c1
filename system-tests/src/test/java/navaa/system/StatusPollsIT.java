package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static navaa.system.Checks.loginJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 001's status polls are answered by a servlet filter when the answer is a 200
 * ({@code StatusPolls}); everything else goes on to JAX-RS. The two must not be told apart:
 * the same JSON as doc 000's file path (which JAX-RS answers), the same headers, one count
 * against the rate limit, and every refusal in the family's shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusPollsIT {

    private static final String PASSWORD = "polls-pw-123";

    @TempDir
    static Path folder;

    private static Http owner;
    private static String username;
    private static long id;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void aFinishedJob() throws Exception {
        username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        owner = Accounts.formLogin(username, PASSWORD);
        owner.with("X-CSRFToken", owner.cookie("csrftoken"));
        Http.Reply upload = owner.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", tone(folder.resolve("tone.wav"))));
        assertEquals(200, upload.status(), upload::toString);
        id = upload.json().getJsonNumber("file_id").longValue();
        AudioFiles.awaitFinished(owner, "/api/denoise/files/" + id + "/status/");
    }

    @Test
    void aPollAnswersAsJaxRsAnswersTheSameFile() {
        Http.Reply poll = owner.get("/api/denoise/files/" + id + "/status/");
        Http.Reply file = owner.get("/api/denoise/files/" + id + "/");
        assertEquals(200, poll.status(), poll::toString);
        assertEquals(file.json(), poll.json());
        assertEquals(file.header("Content-Type"), poll.header("Content-Type"));
        for (String header : new String[]{"X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}) {
            assertNotNull(poll.header(header), () -> header + " missing: " + poll.response().headers());
        }
        assertTrue(poll.header("X-Request-Id").startsWith("req_"), poll.header("X-Request-Id"));
        assertEquals("crm-4711", owner.get("/api/denoise/files/" + id + "/status/", "X-Request-Id", "crm-4711").header("X-Request-Id"));

        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        assertEquals(file.json(), new Http().get("/api/denoise/files/" + id + "/status/", "Authorization", "Token " + key).json());
        String access = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json().getString("access");
        assertEquals(file.json(), new Http().get("/api/denoise/files/" + id + "/status/", "Authorization", "Bearer " + access).json());
    }

    @Test
    void eachPollCountsOnceAgainstTheRateLimit() {
        int before = Integer.parseInt(owner.get("/api/denoise/files/" + id + "/status/").header("X-RateLimit-Remaining"));
        int after = Integer.parseInt(owner.get("/api/denoise/files/" + id + "/status/").header("X-RateLimit-Remaining"));
        assertEquals(before - 1, after);
        int missing = Integer.parseInt(owner.get("/api/denoise/files/999999999/status/").header("X-RateLimit-Remaining"));
        assertEquals(after - 1, missing, "a poll JAX-RS answers (404) is counted once too");
    }

    @Test
    void everyRefusalIsTheFamilysAsBefore() {
        String path = "/api/denoise/files/" + id + "/status/";
        Checks.audioError(new Http().get(path), 401, "UNAUTHORIZED");
        Http.Reply badKey = new Http().get(path, "Authorization", "Token " + "0".repeat(40));
        Checks.audioError(badKey, 401, badKey.json().getString("error_code"));
        assertTrue(java.util.List.of("TOKEN_INVALID", "UNAUTHORIZED").contains(badKey.json().getString("error_code")), badKey::toString);
        Http stranger = Accounts.formLogin(Accounts.createUser(Accounts.admin(), PASSWORD, null), PASSWORD);
        JsonObject foreign = Checks.audioError(stranger.get(path), 404, "NOT_FOUND");
        assertEquals(Checks.audioError(stranger.get("/api/denoise/files/999999999/status/"), 404, "NOT_FOUND"), foreign,
                "another user's job answers as a missing one");
        Checks.audioError(owner.get("/api/boost/files/" + id + "/status/"), 404, "NOT_FOUND");
        assertEquals(406, owner.get(path, "Accept", "text/html").status());
        assertEquals(200, owner.get(path, "Accept", "text/html, application/json;q=0.5").status());
    }

    /** Two seconds of a 440 Hz tone, 16 kHz mono 16-bit WAV. */
    private static Path tone(Path file) throws Exception {
        int rate = 16_000;
        int frames = 2 * rate;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + pcm.capacity()).put("WAVE".getBytes()).put("fmt ".getBytes())
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(pcm.capacity());
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.write(header.array());
        wav.write(pcm.array());
        return Files.write(file, wav.toByteArray());
    }
}
