package navaa.integration.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.jobs.entity.Job;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Publishes every state change of a job on the events topic, as a CloudEvents 1.0 JSON
 * message ({@code id}, {@code source}, {@code type}, {@code time}, {@code subject},
 * {@code data}). Sent in the caller's transaction, so an event goes out only for a change
 * that was committed. The {@code ownerId} message property lets a subscriber select one
 * user's jobs.
 */
@Stateless
public class JobEvents {

    public static final String TYPE = "navaa.job.changed";
    public static final String OWNER_PROPERTY = "ownerId";

    @Inject
    @JMSConnectionFactory("jms/navaa/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/navaa/JobEvents")
    Topic events;

    public void changed(Job job) {
        String body = Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", UUID.randomUUID().toString())
                .add("source", "/navaa/jobs")
                .add("type", TYPE)
                .add("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .add("subject", job.getId().toString())
                .add("datacontenttype", "application/json")
                .add("data", data(job))
                .build().toString();
        jms.createProducer().setProperty(OWNER_PROPERTY, job.ownerId()).send(events, body);
    }

    private static JsonObjectBuilder data(Job job) {
        return Json.createObjectBuilder()
                .add("job_id", job.getId())
                .add("file_id", job.getId())
                .add("owner_id", job.ownerId())
                .add("kind", job.getKind())
                .add("filename", job.getInputName())
                .add("status", job.getState().value())
                .add("progress", job.getProgress())
                .add("error_message", job.getErrorMessage() == null ? JsonValue.NULL : Json.createValue(job.getErrorMessage()));
    }
}
