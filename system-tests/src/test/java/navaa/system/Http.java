package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A client of the running platform, like the documents' clients: its own cookie jar,
 * and its own client address (sent as X-Forwarded-For, which the test domain trusts
 * from loopback) so per-address limits of one test never spill into another.
 */
public final class Http {

    public static final String BASE = System.getProperty("navaa.it.baseUrl", "http://localhost:18080");

    private final CookieManager cookies = new CookieManager();
    // HTTP/1.1 as the documents' clients speak it (no h2c upgrade)
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String address;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Http() {
        this(randomAddress());
    }

    public Http(String address) {
        this(BASE, address);
    }

    private Http(String base, String address) {
        this.base = base;
        this.address = address;
    }

    /** A client of another server than the test domain's, e.g. one that ./navaa started. */
    public static Http at(String base) {
        return new Http(base, randomAddress());
    }

    /** An address in 198.18.0.0/15, the range set aside for benchmarks: it names no real client. */
    public static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** A header sent with every later request of this client. */
    public Http with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Http without(String name) {
        headers.remove(name);
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public Reply get(String path, String... extraHeaders) {
        return send(request(path, extraHeaders).GET());
    }

    public Reply delete(String path, String... extraHeaders) {
        return send(request(path, extraHeaders).DELETE());
    }

    public Reply postJson(String path, String json, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply putJson(String path, String json, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patchJson(String path, String json, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply postForm(String path, Map<String, String> fields, String... extraHeaders) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, extraHeaders).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST: text fields, and files by field name. */
    public Reply postMultipart(String path, Map<String, String> fields, Map<String, java.nio.file.Path> files, String... extraHeaders) {
        String boundary = "navaa" + System.nanoTime();
        return send(request(path, extraHeaders).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files))));
    }

    /** A multipart/form-data PUT: text fields, and files by field name. */
    public Reply putMultipart(String path, Map<String, String> fields, Map<String, java.nio.file.Path> files, String... extraHeaders) {
        String boundary = "navaa" + System.nanoTime();
        return send(request(path, extraHeaders).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files))));
    }

    /** A multipart/form-data POST of a body built by the caller (see {@link FormBody}), e.g. one no form would send. */
    public Reply postMultipartBody(String path, FormBody body, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** The same body sent in chunks with no Content-Length, so only reading it tells its size. */
    public Reply postMultipartChunked(String path, Map<String, String> fields, Map<String, java.nio.file.Path> files, String... extraHeaders) {
        String boundary = "navaa" + System.nanoTime();
        byte[] body = multipart(boundary, fields, files);
        return send(request(path, extraHeaders).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, Map<String, java.nio.file.Path> files) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, java.nio.file.Path> file : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                        + file.getValue().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(java.nio.file.Files.readAllBytes(file.getValue()));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    /** The raw bytes of a GET, for downloads. */
    public HttpResponse<byte[]> download(String path, String... extraHeaders) {
        try {
            return client.send(request(path, extraHeaders).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String contentType, String body, String... extraHeaders) {
        HttpRequest.Builder builder = request(path, extraHeaders);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String... extraHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address);
        headers.forEach(builder::header);
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            builder.setHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            return new Reply(client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status() + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
