package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** Collects every text message of a socket. */
    private static final class Messages implements WebSocket.Listener {
        final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    private static WebSocket open(Http http, Messages messages) {
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
        Messages mine = new Messages();
        Messages theirs = new Messages();
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

    @Test
    void noCredentialNoSocket() {
        CompletionException refused = assertThrows(CompletionException.class, () ->
                HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(WS), new Messages()).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
        assertEquals(401, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }
}
