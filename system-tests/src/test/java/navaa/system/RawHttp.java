package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 request written on a socket exactly as given, for what a library client
 * will not do: send the headers and let the body follow a moment later (as clients that
 * write them separately do), or declare a length it never sends.
 */
final class RawHttp {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final String method;
    private final String path;

    RawHttp(String method, String path) {
        this.method = method;
        this.path = path;
        URI base = URI.create(Http.BASE);
        headers.put("Host", base.getHost() + ":" + base.getPort());
        headers.put("X-Forwarded-For", Http.randomAddress());
        headers.put("Connection", "close");
    }

    RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The headers as one write, then the body after {@code pauseMillis} (0: in the same write). */
    Answer send(byte[] body, long pauseMillis) throws IOException, InterruptedException {
        return send(body, body.length, pauseMillis);
    }

    /** As above, declaring {@code declaredLength} whatever the body's real length. */
    Answer send(byte[] body, long declaredLength, long pauseMillis) throws IOException, InterruptedException {
        URI base = URI.create(Http.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(declaredLength).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
            if (pauseMillis > 0) {
                out.write(headBytes);
                out.flush();
                Thread.sleep(pauseMillis);
                writeQuietly(out, body);
            } else {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                all.write(headBytes);
                all.write(body);
                writeQuietly(out, all.toByteArray());
            }
            return Answer.of(readAnswer(socket.getInputStream()));
        }
    }

    private static void writeQuietly(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // the server answered without reading all of it; the answer is still there to read
        }
    }

    /**
     * Reads until the answer is complete (by its Content-Length, or the last chunk), not
     * until the server closes: one that refused a body it was promised may wait for it.
     */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(read.toString(StandardCharsets.ISO_8859_1)) && (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer (the server closes on an unread body)
            if (read.size() == 0) {
                throw e;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Whether bytes read so far (as ISO-8859-1, one char a byte) hold a whole answer. */
    private static boolean complete(String bytes) {
        int end = bytes.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = bytes.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        var length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return bytes.length() - end - 4 >= Integer.parseInt(length.group(1));
        }
        return head.contains("transfer-encoding: chunked") && bytes.endsWith("\r\n0\r\n\r\n");
    }

    /** The status, the head and the body (a chunked body put back together). */
    record Answer(int status, String head, String body) {

        static Answer of(String response) {
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            boolean chunked = head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked");
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, chunked ? dechunk(body) : body);
        }

        /** Chunk sizes count bytes; the text is re-encoded to count them. */
        private static String dechunk(String chunked) {
            byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < bytes.length) {
                int lineEnd = indexOf(bytes, at);
                int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return bytes.length;
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object: " + this, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
