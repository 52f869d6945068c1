package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A urlencoded {@code POST /api/diarization/voice-databases/} is read the same way every
 * time: it once answered 400 "name: This field is required" about every other run of the
 * same client, whenever the body reached the server after the headers (Jersey's peek at
 * the body took its first byte from the servlet's stream). Each user stays under the audio
 * family's 100 requests a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VoiceDatabaseFormsIT {

    private static final String PATH = "/api/diarization/voice-databases/";
    private static final String NAME = "acceptance speakers";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void aBodyThatArrivesAfterItsHeadersIsReadWhole() throws Exception {
        Http user = AudioFiles.user();
        for (int i = 0; i < 30; i++) {
            long pause = List.of(0L, 20L, 150L).get(i % 3);
            RawHttp.Answer answer = rawForm(user, "name=acceptance+speakers", pause);
            assertEquals(201, answer.status(), () -> "pause " + pause + " ms: " + answer);
            assertEquals(NAME, answer.json().getString("name"), answer::toString);
        }
    }

    @Test
    void aLibraryClientGetsTheSameAnswerEveryTime() {
        Http user = AudioFiles.user();
        for (int i = 0; i < 40; i++) {
            Http.Reply reply = user.postForm(PATH, Map.of("name", NAME));
            assertEquals(201, reply.status(), reply::toString);
            assertEquals(NAME, reply.json().getString("name"), reply::toString);
        }
    }

    @Test
    void concurrentRequestsAreEachReadWhole() throws Exception {
        List<Http> users = List.of(AudioFiles.user(), AudioFiles.user(), AudioFiles.user());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonObject>> created = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                Http user = users.get(i % users.size());
                boolean split = i % 2 == 0;
                String name = "concurrent " + i + " گوینده";
                created.add(pool.submit(() -> {
                    if (split) {
                        RawHttp.Answer answer = rawForm(user, "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), 40);
                        assertEquals(201, answer.status(), answer::toString);
                        return answer.json();
                    }
                    Http.Reply reply = user.postForm(PATH, Map.of("name", name));
                    assertEquals(201, reply.status(), reply::toString);
                    return reply.json();
                }));
            }
            for (int i = 0; i < created.size(); i++) {
                assertEquals("concurrent " + i + " گوینده", created.get(i).get().getString("name"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void jsonAndMultipartBodiesStillWorkAndOtherTypesAreRefused() {
        Http user = AudioFiles.user();
        Http.Reply json = user.postJson(PATH, "{\"name\":\"علی و سارا\"}");
        assertEquals(201, json.status(), json::toString);
        assertEquals("علی و سارا", json.json().getString("name"));
        Http.Reply multipart = user.postMultipart(PATH, Map.of("name", "from a form"), Map.of());
        assertEquals(201, multipart.status(), multipart::toString);
        assertEquals("from a form", multipart.json().getString("name"));

        JsonObject missing = Checks.audioError(user.postForm(PATH, Map.of("other", "x")), 400, "VALIDATION_ERROR");
        assertEquals("This field is required.", missing.getJsonObject("details").getString("name"));
        Checks.audioError(user.post(PATH, "text/plain", "name=x"), 415, "UNSUPPORTED_CONTENT_TYPE");
        Checks.audioError(user.postJson(PATH, "[\"name\"]"), 400, "BAD_REQUEST");
    }

    private static RawHttp.Answer rawForm(Http user, String body, long pauseMillis) throws Exception {
        return new RawHttp("POST", PATH)
                .header("Cookie", "sessionid=" + user.cookie("sessionid") + "; csrftoken=" + user.cookie("csrftoken"))
                .header("X-CSRFToken", user.cookie("csrftoken"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .send(body.getBytes(StandardCharsets.UTF_8), pauseMillis);
    }

}
