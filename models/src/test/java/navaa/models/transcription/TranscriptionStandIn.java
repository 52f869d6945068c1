package navaa.models.transcription;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port that speaks {@code POST /v1/audio/transcriptions}:
 * it reads the multipart form as a server would, keeps what it received, and answers what the
 * test's function says for it.
 */
public final class TranscriptionStandIn implements AutoCloseable {

    /** A request as the stand-in read it: the form's fields, the WAV's samples, the Authorization header. */
    public record Received(Map<String, String> fields, String fileName, byte[] wav, String authorization, String contentType) {

        public int sampleRate() {
            return ByteBuffer.wrap(wav, 24, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        public int channels() {
            return ByteBuffer.wrap(wav, 22, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        }

        public double seconds() {
            return (wav.length - 44) / 2.0 / sampleRate();
        }
    }

    public record Answer(int status, String body, long delayMillis) {
        public static Answer ok(String body) {
            return new Answer(200, body, 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Function<Received, Answer> answers;

    public TranscriptionStandIn(Function<Received, Answer> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setExecutor(threads);
        server.createContext("/v1/audio/transcriptions", this::answer);
        server.start();
    }

    /** The base URL a customer would set: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    URI endpoint() {
        return URI.create(baseUrl() + "/audio/transcriptions");
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** verbose_json with these segments, each {start, end, text}. */
    public static String verboseJson(Object[]... segments) {
        StringBuilder json = new StringBuilder("{\"task\":\"transcribe\",\"language\":\"english\",\"text\":\"all\",\"segments\":[");
        for (int i = 0; i < segments.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"start\":").append(segments[i][0])
                    .append(",\"end\":").append(segments[i][1]).append(",\"text\":\"").append(segments[i][2]).append("\"}");
        }
        return json.append("]}").toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = exchange.getRequestBody().readAllBytes();
        Received request = parse(type, body, exchange.getRequestHeaders().getFirst("Authorization"));
        received.add(request);
        Answer answer = answers.apply(request);
        try {
            Thread.sleep(answer.delayMillis());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException | IOException e) {
            // the client gave up (the timeout case) or the test ended
        }
    }

    private static Received parse(String contentType, byte[] body, String authorization) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new LinkedHashMap<>();
        String fileName = null;
        byte[] wav = new byte[0];
        for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4, part.length() - 2);
            String name = headers.replaceAll("(?s).*name=\"([^\"]*)\".*", "$1");
            if (headers.contains("filename=")) {
                fileName = headers.replaceAll("(?s).*filename=\"([^\"]*)\".*", "$1");
                wav = content.getBytes(StandardCharsets.ISO_8859_1);
            } else {
                fields.put(name, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        return new Received(fields, fileName, wav, authorization, contentType);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
