package navaa.llm.control;

import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP peer on a free loopback port that answers POST /v1/chat/completions from a
 * script, one scripted answer per request, and records what it was sent. Public for the
 * features that call the LLM layer (subtitle translation) and test against the same stand-in.
 */
public final class ScriptedChatServer implements AutoCloseable {

    public record Answer(int status, String body, long delayMillis) {
    }

    public record Received(String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public ScriptedChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public ScriptedChatServer then(int status, String body) {
        return then(status, body, 0);
    }

    public ScriptedChatServer then(int status, String body, long delayMillis) {
        script.add(new Answer(status, body, delayMillis));
        return this;
    }

    public ScriptedChatServer thenReply(String content) {
        return then(200, completion(content));
    }

    public static String completion(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + new JsonPrimitive(content) + "},\"finish_reason\":\"stop\"}]}";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                Map.copyOf(exchange.getRequestHeaders())));
        Answer answer = script.poll();
        if (answer == null) {
            answer = new Answer(500, "{\"error\":{\"message\":\"the test's script has no answer left\"}}", 0);
        }
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer to
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
