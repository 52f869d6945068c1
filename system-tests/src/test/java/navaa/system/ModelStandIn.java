package navaa.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The test domain's language model: an OpenAI-compatible chat-completions server on the
 * fixed port the domain was configured with (NAVAA_LLM_BASE_URL, {@code it.llmPort}), which
 * is also its transcription server ({@link TranscriptionStandIn}, NAVAA_TRANSCRIPTION_BASE_URL),
 * started by the tests themselves. It answers from a script, one scripted answer per
 * request; with none scripted it answers "Re: " and the last user message, so tests that
 * do not care what the model says need no script. Records every request it received.
 */
final class ModelStandIn implements AutoCloseable {

    static final int PORT = Integer.getInteger("navaa.it.llmPort", 18090);
    static final int TIMEOUT_SECONDS = Integer.getInteger("navaa.it.llmTimeoutSeconds", 3);

    record Answer(int status, String body, long delayMillis) {
    }

    /** A request as the stand-in saw it. */
    record Received(JsonObject body, String authorization) {

        JsonArray messages() {
            return body.getJsonArray("messages");
        }

        /** "role: content" per message, for comparing a whole conversation at once. */
        List<String> conversation() {
            return messages().stream().map(m -> m.asJsonObject().getString("role") + ": " + m.asJsonObject().getString("content")).toList();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final TranscriptionStandIn transcriptions = new TranscriptionStandIn();

    private ModelStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 50);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::answer);
        server.createContext("/v1/audio/transcriptions", transcriptions::answer);
        server.start();
    }

    static ModelStandIn start() {
        try {
            return new ModelStandIn();
        } catch (IOException e) {
            throw new IllegalStateException("the model stand-in cannot listen on port " + PORT, e);
        }
    }

    static String completion(String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-it").add("object", "chat.completion").add("created", 1).add("model", "navaa-it-model")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .build().toString();
    }

    ModelStandIn replies(String content) {
        return answers(200, completion(content), 0);
    }

    ModelStandIn answers(int status, String body, long delayMillis) {
        script.add(new Answer(status, body, delayMillis));
        return this;
    }

    /** The same server as the domain's transcription server (NAVAA_TRANSCRIPTION_BASE_URL). */
    TranscriptionStandIn transcriptions() {
        return transcriptions;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    void forget() {
        script.clear();
        received.clear();
        transcriptions.forget();
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonObject body;
        try (var reader = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
            body = reader.readObject();
        }
        received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = script.poll();
        if (answer == null) {
            JsonArray messages = body.getJsonArray("messages");
            answer = new Answer(200, completion("Re: " + messages.getJsonObject(messages.size() - 1).getString("content")), 0);
        }
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the server gave up waiting (the timeout case)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
