package navaa.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A multipart upload whose body stops half way until {@link #finish} sends the rest: the
 * server has the headers and is waiting for the body, as it does for a client on a slow
 * line. Plain HTTP/1.1 on a socket, so nothing buffers the body before it is sent.
 */
final class SlowUpload implements AutoCloseable {

    private final Socket socket;
    private final byte[] rest;

    SlowUpload(Http http, String path, String field, Path file) throws IOException {
        String boundary = "navaa-slow-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] all = body.toByteArray();
        int half = all.length / 2;
        URI base = URI.create(Http.BASE);
        socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Cookie: sessionid=" + http.cookie("sessionid") + "; csrftoken=" + http.cookie("csrftoken") + "\r\n"
                + "X-CSRFToken: " + http.cookie("csrftoken") + "\r\n"
                + "X-Forwarded-For: " + Http.randomAddress() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + all.length + "\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(all, 0, half);
        out.flush();
        rest = new byte[all.length - half];
        System.arraycopy(all, half, rest, 0, rest.length);
    }

    /** True when the server has answered already, without waiting for the rest of the body (a refusal). */
    boolean answered() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    /** Sends the rest of the body and reads the answer: the status, and the body as text. */
    Answer finish() throws IOException {
        try {
            socket.getOutputStream().write(rest);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // the server answered without waiting for the body; its answer is still there to read
        }
        InputStream in = socket.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int status = Integer.parseInt(response.substring(9, 12));
        int bodyAt = response.indexOf("\r\n\r\n");
        String headers = response.substring(0, bodyAt).toLowerCase();
        String body = response.substring(bodyAt + 4);
        if (headers.contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            // sizes count bytes; the bodies here are ASCII JSON apart from file names
            byte[] bytes = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    record Answer(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
