package navaa.system;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static navaa.system.AudioFiles.fileId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5, item 6, as an integration does it: a diarization of a stored file asked for on
 * the job request queue (OpenMQ's own client, no Navaa code) with the broker's integration
 * account and the owner's API key, its progress and result announced on the events topic
 * with the request's id, the job then visible to the file's owner over REST; a request that
 * cannot be taken is answered on the topic, not lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiarizationJmsIT {

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void aRequestOnTheQueueDiarizesAStoredFileAndTheTopicTellsHowItWent() throws Exception {
        String username = Accounts.createUser(Accounts.admin(), AudioFiles.PASSWORD, null);
        Http owner = Accounts.formLogin(username, AudioFiles.PASSWORD);
        owner.with("X-CSRFToken", owner.cookie("csrftoken"));
        String apiKey = new Http().postJson("/api/auth/token/",
                "{\"username\":\"" + username + "\",\"password\":\"" + AudioFiles.PASSWORD + "\"}").json().getString("token");
        Path meeting = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning, shall we start with the budget for next year?", 0)
                .say("bob", "en-us", "Yes. The numbers went up by twelve percent in the north.", 0.6)
                .say("alice", "en-us+f3", "Good. Then let us move on to the hiring plan.", 0.5)
                .wav("stored.wav");
        long stored = fileId(owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", meeting)));

        try (JMSContext jms = Broker.integration()) {
            JMSConsumer events = jms.createConsumer(jms.createTopic(Broker.EVENTS));
            String requestId = "it-" + System.nanoTime();
            Broker.request(jms, Json.createObjectBuilder()
                    .add("kind", "diarization").add("file_id", stored).add("request_id", requestId)
                    .add("parameters", Json.createObjectBuilder().add("num_speakers", 2).add("output_formats", Json.createArrayBuilder().add("json").add("srt")))
                    .build(), apiKey);

            List<JsonObject> mine = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 240_000;
            while (System.currentTimeMillis() < deadline) {
                TextMessage message = (TextMessage) events.receive(2000);
                if (message == null) {
                    continue;
                }
                JsonObject event = Json.createReader(new StringReader(message.getText())).readObject();
                JsonObject data = event.getJsonObject("data");
                if (data.containsKey("request_id") && requestId.equals(data.get("request_id").toString().replace("\"", ""))) {
                    mine.add(event);
                    String status = data.getString("status");
                    if (status.equals("completed") || status.equals("failed")) {
                        break;
                    }
                }
            }
            assertTrue(mine.size() >= 2, "events of the request: " + mine);
            JsonObject last = mine.get(mine.size() - 1).getJsonObject("data");
            assertEquals("completed", last.getString("status"), mine::toString);
            assertEquals("DIARIZE", last.getString("kind"));
            assertEquals("pending", mine.get(0).getJsonObject("data").getString("status"));
            long job = last.getJsonNumber("job_id").longValue();

            JsonObject status = owner.get("/api/diarization/jobs/" + job + "/").json();
            assertEquals("completed", status.getString("status"), status::toString);
            assertEquals(2, status.getInt("num_speakers"));
            assertEquals(2, owner.get("/api/diarization/jobs/" + job + "/result.json").json().getInt("num_speakers"));
            assertTrue(owner.get("/api/diarization/jobs/" + job + "/result.srt").body().contains("-->"));

            // a file nobody stored: answered on the topic with the request's id
            String badId = "it-bad-" + System.nanoTime();
            Broker.request(jms, Json.createObjectBuilder()
                    .add("kind", "diarization").add("file_id", 987654321).add("request_id", badId).build(), apiKey);
            JsonObject rejected = null;
            deadline = System.currentTimeMillis() + 60_000;
            while (rejected == null && System.currentTimeMillis() < deadline) {
                TextMessage message = (TextMessage) events.receive(2000);
                if (message != null) {
                    JsonObject event = Json.createReader(new StringReader(message.getText())).readObject();
                    if (event.getString("type").equals("navaa.job.rejected") && badId.equals(event.getJsonObject("data").getString("request_id"))) {
                        rejected = event.getJsonObject("data");
                    }
                }
            }
            assertTrue(rejected != null, "the bad request is answered");
            assertEquals("NOT_FOUND", rejected.getString("error_code"));
        }
    }
}
