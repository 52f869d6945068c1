package navaa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The running server as doc 000's and doc 001's clients use it: form login (sessionid and
 * csrftoken cookies), multipart uploads with X-CSRFToken, status polls, downloads.
 */
final class Api {

    /** States after which a job's status no longer changes ("error" is doc 001's /api/vocal/ word for failed). */
    static final Set<String> FINISHED = Set.of("completed", "failed", "error");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf;

    Api(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    String base() {
        return base;
    }

    void login(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Reply reply = send(request("/accounts/login/", Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + reply);
        }
        csrf = cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("csrftoken")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no csrftoken cookie after login"));
    }

    /** The session's cookies as a Cookie header, and its CSRF token, for a request made with curl. */
    String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(base)).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    String csrf() {
        return csrf;
    }

    Reply get(String path) {
        return send(request(path, Duration.ofSeconds(60)).GET());
    }

    /** A JSON POST (doc 004's admin API, the token endpoint): no Origin, as a client that is not a browser sends it. */
    Reply postJson(String path, String json) {
        return send(request(path, Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path, Duration.ofSeconds(60)).header("X-CSRFToken", csrf).DELETE());
    }

    /** A GET straight to a file, streamed to disk; the status code. */
    int download(String path, Path to) {
        try {
            HttpResponse<Path> response = client.send(request(path, Duration.ofMinutes(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(to));
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart POST whose files are streamed from disk, not read into memory. */
    Upload upload(String path, Map<String, String> fields, Map<String, Path> files) {
        String boundary = "navaa-bench-" + System.nanoTime();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofString(head.toString()));
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + file.getKey() + "\"; filename=\"" + file.getValue().getFileName()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
                parts.add(HttpRequest.BodyPublishers.ofFile(file.getValue()));
                parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        long started = System.nanoTime();
        Reply reply = send(request(path, Duration.ofMinutes(30)).header("X-CSRFToken", csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))));
        long answered = System.nanoTime();
        return new Upload(reply, (answered - started) / 1e9, answered);
    }

    /**
     * Polls a status path until the job is finished; the last answer and when it came.
     * Every poll is one request of the audio family's rate limit: the bench domain raises it.
     */
    Finished await(String statusPath, Duration timeout, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> last = null;
        Reply reply = null;
        while (System.nanoTime() < deadline) {
            reply = get(statusPath);
            long at = System.nanoTime();
            last = reply.json();
            String state = Json.string(last, "status");
            if (reply.status() != 200 || state == null) {
                return new Finished(last, at, "HTTP " + reply.status() + ": " + reply.shortBody());
            }
            if (FINISHED.contains(state)) {
                return new Finished(last, at, null);
            }
            sleep(pollMillis);
        }
        return new Finished(last, System.nanoTime(), "not finished after " + timeout.toSeconds() + " s; last answer "
                + (reply == null ? "none" : reply.shortBody()));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).timeout(timeout);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body) {

        Map<String, Object> json() {
            return Json.object(body);
        }

        /** The body on one line, cut to 300 characters, for a report. */
        String shortBody() {
            String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + shortBody();
        }
    }

    /** An upload's answer, how long sending it took, and when the answer came (System.nanoTime). */
    record Upload(Reply reply, double seconds, long answeredAt) {

        /** Doc 001's uploads answer 200 with a file_id; api-map §2's diarization jobs 202 with an id. */
        boolean accepted() {
            return (reply.status() == 200 || reply.status() == 202) && id() > 0;
        }

        long id() {
            double id = Json.number(reply.json(), "file_id");
            if (Double.isNaN(id)) {
                id = Json.number(reply.json(), "id");
            }
            return Double.isNaN(id) ? -1 : (long) id;
        }
    }

    /** A job's last status answer, when it came, and what went wrong if it did not finish. */
    record Finished(Map<String, Object> status, long at, String problem) {

        String state() {
            return Json.string(status, "status");
        }

        boolean completed() {
            return problem == null && "completed".equals(state());
        }

        /** Why the job gave no result, in a few words for the report. */
        String why() {
            if (problem != null) {
                return problem;
            }
            String message = Json.string(status, "error_message");
            if (message == null) {
                message = Json.string(status, "error");
            }
            return state() + (message == null ? "" : ": " + message);
        }

        String field(String name) {
            return Json.string(status, name);
        }

        double number(String name) {
            return Json.number(status, name);
        }
    }

}
