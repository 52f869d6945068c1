package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Done when" sweep: every operation of {@code /openapi}, every path
 * parameter filled with bad ids (and with ids the caller owns), sent without credentials,
 * as a user and as an administrator, and every operation that takes a body sent
 * {@link SweepBodies}' bad bodies. No answer may be a 5xx, show a stack trace, a Java
 * class name or a server path, or be a 2xx an anonymous caller (or, on the admin API, a
 * user) should not get ({@link SweepFindings}). Anonymous requests come from a new
 * address each, and the callers are replaced before the rate limits answer for them;
 * every user the sweep made is deleted at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputSweepIT {

    private static final List<String> BAD_IDS = List.of("0", "-1", "999999999", "abc", "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "x".repeat(3000), "%00");
    private static final String OWNED = "owned";
    private static final Duration BOUND = Duration.ofMinutes(6);

    private final HttpClient client = freshClient();
    private final SweepFindings findings = new SweepFindings();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void noOperationFailsLeaksOrOpensUpOnBadInput() throws Exception {
        long started = System.nanoTime();
        Http admin = Accounts.admin();
        Http.Reply document = new Http().get("/openapi", "Accept", "application/json");
        assertEquals(200, document.status(), document::toString);
        List<SweepOperations.Operation> operations = SweepOperations.of(document.json());
        assertTrue(operations.size() > 60, "the whole API: " + operations.size());
        SweepCallers users = new SweepCallers(admin, false);
        SweepCallers admins = new SweepCallers(admin, true);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (SweepOperations.Operation operation : operations) {
            for (String id : ids(operation)) {
                sent.add(pool.submit(() -> send(operation, id, null, null)));
                sent.add(pool.submit(() -> send(operation, id, users, null)));
                sent.add(pool.submit(() -> send(operation, id, admins, null)));
            }
            if (operation.takesBody()) {
                for (SweepBodies.Body body : SweepBodies.all()) {
                    String id = operation.pathParameters().isEmpty() ? "" : operation.onOwnedThings() ? OWNED : "999999999";
                    sent.add(pool.submit(() -> send(operation, id, users, body)));
                    sent.add(pool.submit(() -> send(operation, id, admins, body)));
                    sent.add(pool.submit(() -> send(operation, id, null, body)));
                }
            }
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(BOUND.toSeconds(), TimeUnit.SECONDS);
        for (Future<?> request : sent) {
            if (request.isDone()) {
                request.get();
            }
        }
        List<String> leftOver = cleanUp(admin, users, admins);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println(findings.summary(operations.size(), seconds));
        findings.problems().stream().limit(60).forEach(problem -> System.out.println("  " + problem));
        assertTrue(finished, "the sweep did not end within " + BOUND);
        assertTrue(findings.problems().isEmpty(), () -> findings.problems().size() + " problems, first: "
                + findings.problems().stream().limit(15).collect(Collectors.joining("\n  ", "\n  ", "")));
        assertTrue(leftOver.isEmpty(), "users the sweep could not delete: " + leftOver);
    }

    /** The bad ids, and the caller's own ids, for an operation with path parameters; "" for one without. */
    private static List<String> ids(SweepOperations.Operation operation) {
        if (operation.pathParameters().isEmpty() && operation.queryParameters().isEmpty()) {
            return List.of("");
        }
        List<String> ids = new ArrayList<>(BAD_IDS);
        if (operation.onOwnedThings()) {
            ids.add(OWNED);
        }
        return ids;
    }

    private void send(SweepOperations.Operation operation, String id, SweepCallers callers, SweepBodies.Body body) {
        SweepCallers.Caller caller = callers == null ? null : callers.next();
        String who = callers == null ? "anonymous" : callers.role();
        String path = path(operation, id, caller);
        String request = operation.method() + " " + abbreviated(path) + (body == null ? "" : " [" + body.name() + "]");
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Http.BASE + path)).timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", Http.randomAddress());
            if (caller != null) {
                builder.header("Authorization", "Token " + caller.key());
            }
            if (operation.range() && !id.isEmpty()) {
                builder.header("Range", "bytes=" + id);
            }
            if (body != null && body.contentType() != null) {
                builder.header("Content-Type", body.contentType());
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body.bytes());
            HttpRequest sent = builder.method(operation.method(), publisher).build();
            HttpResponse<String> answer;
            try {
                answer = client.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.net.http.HttpTimeoutException slow) {
                throw slow;
            } catch (java.io.IOException closed) {
                // a pooled keep-alive connection the server closed as it was reused: once more on a
                // fresh one; a server that gives no answer still fails the sweep the second time
                answer = freshClient().send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            findings.record(operation, request, who, answer.statusCode(), answer.body());
        } catch (Exception e) {
            findings.failed(request, who, e);
        }
    }

    private static HttpClient freshClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The template with every path parameter set to {@code id} (or to what the caller owns) and every query parameter too. */
    private static String path(SweepOperations.Operation operation, String id, SweepCallers.Caller caller) {
        String path = operation.template();
        for (String parameter : operation.pathParameters()) {
            String value = id.equals(OWNED) ? caller == null ? "999999999" : caller.owned().get(parameter) : id;
            path = path.replace("{" + parameter + "}", value.equals("%00") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (!operation.queryParameters().isEmpty() && !id.isEmpty()) {
            String value = id.equals(OWNED) ? "999999999" : id.equals("%00") ? id : URLEncoder.encode(id, StandardCharsets.UTF_8);
            path += operation.queryParameters().stream().map(q -> q + "=" + value).collect(Collectors.joining("&", "?", ""));
        }
        return path;
    }

    /** Deletes every user the sweep made; the names of those that could not be. */
    private static List<String> cleanUp(Http admin, SweepCallers... pools) {
        List<String> leftOver = new ArrayList<>();
        for (SweepCallers pool : pools) {
            for (String username : pool.created()) {
                Http.Reply deleted = admin.delete("/api/admin/users/" + username);
                if (deleted.status() != 200) {
                    leftOver.add(username + " (" + deleted + ")");
                }
            }
        }
        return leftOver;
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
