package navaa.llm.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAI-compatible client against a real HTTP peer answering from a script. */
class OpenAiChatClientTest {

    private static final List<ChatTurn> QUESTION = List.of(ChatTurn.system("Be brief."), ChatTurn.user("سلام"),
            ChatTurn.assistant("سلام! چطور می‌تونم کمک کنم؟"), ChatTurn.user("چطور می‌تونم یک API ایجاد کنم؟"));

    private ScriptedChatServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiChatClient client(Optional<String> key, Optional<String> model, int timeoutSeconds) {
        return new OpenAiChatClient(server.baseUrl(), key, model, Duration.ofSeconds(timeoutSeconds), 256);
    }

    @Test
    void sendsTheConversationAndReturnsTheFirstChoicesContent() {
        server.thenReply("با JAX-RS: یک کلاس با @Path بسازید.");

        String reply = client(Optional.of("sk-test"), Optional.of("qwen2.5-7b"), 5).complete(QUESTION);

        assertEquals("با JAX-RS: یک کلاس با @Path بسازید.", reply);
        ScriptedChatServer.Received sent = server.received().get(0);
        assertEquals("Bearer sk-test", sent.header("Authorization"));
        assertTrue(sent.header("Content-Type").startsWith("application/json"), sent.header("Content-Type"));
        JsonObject body = JsonParser.parseString(sent.body()).getAsJsonObject();
        assertEquals("qwen2.5-7b", body.get("model").getAsString());
        assertEquals(256, body.get("max_tokens").getAsInt());
        assertFalse(body.get("stream").getAsBoolean());
        JsonArray messages = body.getAsJsonArray("messages");
        assertEquals(4, messages.size());
        for (int i = 0; i < QUESTION.size(); i++) {
            JsonObject message = messages.get(i).getAsJsonObject();
            assertEquals(QUESTION.get(i).role().wire(), message.get("role").getAsString());
            assertEquals(QUESTION.get(i).content(), message.get("content").getAsString());
        }
    }

    @Test
    void withoutKeyOrModelNeitherIsSent() {
        server.thenReply("ok");

        client(Optional.empty(), Optional.empty(), 5).complete(List.of(ChatTurn.user("hi")));

        ScriptedChatServer.Received sent = server.received().get(0);
        assertNull(sent.header("Authorization"));
        assertFalse(JsonParser.parseString(sent.body()).getAsJsonObject().has("model"));
    }

    @Test
    void anErrorStatusFailsWithWhatTheServerSaid() {
        server.then(500, "{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"server_error\"}}");

        LanguageModelException e = assertThrows(LanguageModelException.class,
                () -> client(Optional.empty(), Optional.empty(), 5).complete(List.of(ChatTurn.user("hi"))));

        assertEquals(LanguageModelException.Reason.FAILED, e.reason());
        assertEquals("the model server answered HTTP 500: CUDA out of memory", e.getMessage());
    }

    @Test
    void anUnknownModelIsNamedInTheFailure() {
        server.then(404, "{\"object\":\"error\",\"message\":\"The model `gpt-x` does not exist.\",\"code\":404}");

        LanguageModelException e = assertThrows(LanguageModelException.class,
                () -> client(Optional.empty(), Optional.of("gpt-x"), 5).complete(List.of(ChatTurn.user("hi"))));

        assertEquals(LanguageModelException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("gpt-x"), e.getMessage());
    }

    @Test
    void malformedJsonFails() {
        server.then(200, "{\"choices\": [ {\"message\": ");

        LanguageModelException e = assertThrows(LanguageModelException.class,
                () -> client(Optional.empty(), Optional.empty(), 5).complete(List.of(ChatTurn.user("hi"))));

        assertEquals(LanguageModelException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("the model server's answer is not a chat completion"), e.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        server.then(200, ScriptedChatServer.completion("too late"), 3000);
        long start = System.nanoTime();

        LanguageModelException e = assertThrows(LanguageModelException.class,
                () -> client(Optional.empty(), Optional.empty(), 1).complete(List.of(ChatTurn.user("hi"))));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(LanguageModelException.Reason.TIMEOUT, e.reason());
        assertEquals("the model server did not answer within 1 s", e.getMessage());
        assertTrue(seconds < 2.5, "gave up after " + seconds + " s");
    }

    @Test
    void aServerThatIsNotListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OpenAiChatClient client = new OpenAiChatClient("http://127.0.0.1:" + port + "/v1", Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5), 64);

        LanguageModelException e = assertThrows(LanguageModelException.class, () -> client.complete(List.of(ChatTurn.user("hi"))));

        assertEquals(LanguageModelException.Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().startsWith("no connection to the model server"), e.getMessage());
    }

    @Test
    void theEndpointIsTheBaseUrlsChatCompletions() {
        assertEquals("http://host:8000/v1/chat/completions", OpenAiChatClient.endpoint("http://host:8000/v1").toString());
        assertEquals("http://host:8000/v1/chat/completions", OpenAiChatClient.endpoint(" http://host:8000/v1/ ").toString());
        assertEquals("https://api.example.com/v1/chat/completions",
                OpenAiChatClient.endpoint("https://api.example.com/v1/chat/completions").toString());
        for (String bad : new String[]{"host:8000/v1", "ftp://host/v1", "http://", "not a url"}) {
            LanguageModelException e = assertThrows(LanguageModelException.class, () -> OpenAiChatClient.endpoint(bad), bad);
            assertEquals(LanguageModelException.Reason.SETTINGS_INVALID, e.reason());
            assertTrue(e.getMessage().startsWith("NAVAA_LLM_BASE_URL is not an http(s) URL"), e.getMessage());
        }
    }
}
