package navaa.system;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The test domain's transcription server ({@code NAVAA_TRANSCRIPTION_BASE_URL}), served by
 * {@link ModelStandIn} at {@code /v1/audio/transcriptions}. Unless a test scripts another
 * answer, it answers verbose_json with one segment per second of the audio it was sent,
 * {@code "w0"} for 0–1 s, {@code "w1"} for 1–2 s and so on, so a test can tell which second of
 * which piece every word of a turn's text came from.
 */
final class TranscriptionStandIn {

    /** A request as the stand-in read it, and how many words it answered. */
    record Received(Map<String, String> fields, String authorization, int sampleRate, int channels, double seconds, int words) {
    }

    private final ConcurrentLinkedQueue<ModelStandIn.Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    TranscriptionStandIn answers(int status, String body, long delayMillis) {
        script.add(new ModelStandIn.Answer(status, body, delayMillis));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void forget() {
        script.clear();
        received.clear();
    }

    /** The segments answered for audio of this length: one word per second, the last one shorter. */
    static String wordPerSecond(double seconds) {
        StringBuilder json = new StringBuilder("{\"task\":\"transcribe\",\"duration\":" + seconds + ",\"segments\":[");
        for (int k = 0; k < words(seconds); k++) {
            json.append(k == 0 ? "" : ",").append("{\"id\":").append(k).append(",\"start\":").append(k)
                    .append(",\"end\":").append(Math.min(k + 1, seconds)).append(",\"text\":\" w").append(k).append("\"}");
        }
        return json.append("]}").toString();
    }

    static int words(double seconds) {
        return (int) Math.ceil(seconds);
    }

    void answer(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, byte[]> parts = parts(type, exchange.getRequestBody().readAllBytes());
        ByteBuffer wav = ByteBuffer.wrap(parts.getOrDefault("file", new byte[44])).order(ByteOrder.LITTLE_ENDIAN);
        int rate = wav.getInt(24);
        double seconds = rate == 0 ? 0 : (wav.capacity() - 44) / 2.0 / rate;
        Map<String, String> fields = new LinkedHashMap<>();
        parts.forEach((name, value) -> {
            if (!name.equals("file")) {
                fields.put(name, new String(value, StandardCharsets.UTF_8));
            }
        });
        ModelStandIn.Answer answer = script.poll();
        received.add(new Received(fields, exchange.getRequestHeaders().getFirst("Authorization"), rate, wav.getShort(22),
                seconds, answer == null ? words(seconds) : 0));
        if (answer == null) {
            answer = new ModelStandIn.Answer(200, wordPerSecond(seconds), 0);
        }
        try {
            Thread.sleep(answer.delayMillis());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException | IOException e) {
            // the server gave up waiting (the timeout case)
        }
    }

    /** A multipart form's parts by name, read as a server would. */
    private static Map<String, byte[]> parts(String contentType, byte[] body) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String part : new String(body, StandardCharsets.ISO_8859_1).split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd >= 0) {
                String name = part.substring(0, headersEnd).replaceAll("(?s).*?name=\"([^\"]*)\".*", "$1");
                parts.put(name, part.substring(headersEnd + 4, part.length() - 2).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return parts;
    }
}
