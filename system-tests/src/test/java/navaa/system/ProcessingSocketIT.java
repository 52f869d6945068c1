package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 001's {@code /ws/processing/}: a browser-style client (session cookie) sees its job go
 * pending → processing → completed with progress that moves, through the JMS events topic;
 * another user's socket sees none of it; no credential, no socket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcessingSocketIT {

    private static final String PASSWORD = "socket-pw-123";
    private static final String WS = Http.BASE.replaceFirst("^http", "ws") + "/ws/processing/";

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private static Http user() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http http = Accounts.formLogin(username, PASSWORD);
        return http.with("X-CSRFToken", http.cookie("csrftoken"));
    }

    private static WebSocket open(Http http, SocketMessages messages) {
        // as a browser's page of this server opens it: a cookie handshake needs its Origin
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "sessionid=" + http.cookie("sessionid"))
                .header("Origin", Http.BASE)
                .buildAsync(URI.create(WS), messages).join();
    }

    @Test
    void theOwnerSeesEveryStateOfTheJobAndNoOneElseDoes() throws Exception {
        Http owner = user();
        Http stranger = user();
        SocketMessages mine = new SocketMessages();
        SocketMessages theirs = new SocketMessages();
        WebSocket ownerSocket = open(owner, mine);
        WebSocket strangerSocket = open(stranger, theirs);
        Path recording = Recordings.speech(folder, "socket.wav",
                "Every state of this job is pushed to the socket of its owner, as it happens.", 0.3, 16_000, 1);

        Http.Reply upload = owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", recording));
        assertEquals(200, upload.status(), upload::toString);
        long id = upload.json().getJsonNumber("file_id").longValue();

        List<String> states = new java.util.ArrayList<>();
        int lastProgress = -1;
        JsonObject update;
        do {
            update = mine.received.poll(60, TimeUnit.SECONDS);
            assertNotNull(update, "no update within 60 s after " + states);
            assertEquals(id, update.getJsonNumber("file_id").longValue(), update::toString);
            assertEquals("processing_update", update.getString("type"));
            assertEquals("boost", update.getString("service"));
            assertTrue(update.getInt("progress") >= lastProgress, "progress never goes back: " + update);
            lastProgress = update.getInt("progress");
            if (states.isEmpty() || !states.get(states.size() - 1).equals(update.getString("status"))) {
                states.add(update.getString("status"));
            }
        } while (!update.getString("status").equals("completed") && !update.getString("status").equals("failed"));

        assertEquals(List.of("pending", "processing", "completed"), states);
        assertEquals(100, lastProgress);
        assertTrue(theirs.received.isEmpty(), "another user's socket got " + theirs.received);
        ownerSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        strangerSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    /**
     * A failed job's update carries its code, and the code's message in the language the
     * socket's handshake asked for: one owner, a Persian socket and an English one.
     */
    @Test
    void aFailedJobsUpdateHasItsCodeAndTheMessageInTheSocketsLanguage() throws Exception {
        Http owner = user();
        SocketMessages persian = new SocketMessages();
        SocketMessages english = new SocketMessages();
        WebSocket persianSocket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "sessionid=" + owner.cookie("sessionid")).header("Origin", Http.BASE)
                .header("Accept-Language", "fa-IR,fa;q=0.9")
                .buildAsync(URI.create(WS), persian).join();
        WebSocket englishSocket = open(owner, english);
        Path conversation = Recordings.speech(folder, "failing.wav", "A conversation whose target sample holds no speech at all.", 0.3, 16_000, 1);
        Path silence = folder.resolve("silence.wav");
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", silence.toString(), "trim", "0", "4");

        long id = AudioFiles.fileId(owner.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", conversation, "target_speaker_file", silence)));

        JsonObject fa = failedUpdate(persian, id);
        JsonObject en = failedUpdate(english, id);
        assertEquals("speaker", fa.getString("service"));
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", fa.getString("error_code"));
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", en.getString("error_code"));
        assertTrue(fa.getString("error_message").startsWith("نمونهٔ صدای گوینده"), fa::toString);
        assertTrue(en.getString("error_message").startsWith("The target speaker's sample holds too little speech"), en::toString);
        persianSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        englishSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private static JsonObject failedUpdate(SocketMessages messages, long id) throws InterruptedException {
        while (true) {
            JsonObject update = messages.received.poll(120, TimeUnit.SECONDS);
            assertNotNull(update, "no failed update within 120 s");
            assertEquals(id, update.getJsonNumber("file_id").longValue(), update::toString);
            if (update.getString("status").equals("failed")) {
                return update;
            }
            assertEquals(JsonValue.NULL, update.get("error_code"), "no code before it fails: " + update);
        }
    }

    /**
     * A socket lives no longer than the sign-in it was opened with: logging out closes a
     * cookie socket, revoking its key closes a key socket (1008, policy), within the
     * server's check interval of 5 s and the credential cache's second.
     */
    @Test
    void aSocketClosesWhenItsCredentialEnds() throws Exception {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http signedIn = Accounts.formLogin(username, PASSWORD);
        Http owner = signedIn.with("X-CSRFToken", signedIn.cookie("csrftoken"));
        SocketMessages bySession = new SocketMessages();
        open(owner, bySession);
        String key = new Http().postJson("/api/auth/token/",
                Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build().toString())
                .json().getString("token");
        SocketMessages byKey = new SocketMessages();
        HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Token " + key)
                .buildAsync(URI.create(WS), byKey).join();
        Thread.sleep(6_000);
        assertTrue(!bySession.closed.isDone() && !byKey.closed.isDone(), "both stay open while signed in");

        long keyId = owner.get("/api/auth/keys").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, owner.delete("/api/auth/keys/" + keyId).status());
        assertEquals(1008, byKey.closed.get(15, TimeUnit.SECONDS), "the revoked key's socket is closed");
        assertTrue(!bySession.closed.isDone(), "the session's socket is not the key's");

        assertEquals(200, owner.post("/accounts/logout/", null, null).status());
        assertEquals(1008, bySession.closed.get(15, TimeUnit.SECONDS), "the signed-out session's socket is closed");
    }

    @Test
    void noCredentialNoSocket() {
        CompletionException refused = assertThrows(CompletionException.class, () ->
                HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(WS), new SocketMessages()).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
        assertEquals(401, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }
}
