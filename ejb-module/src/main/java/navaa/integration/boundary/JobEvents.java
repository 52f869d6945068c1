package navaa.integration.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.integration.control.MessageSignature.Purpose;
import navaa.jobs.boundary.JobEnded;
import navaa.jobs.entity.Job;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Publishes every state change of a job on the events topic, as a CloudEvents 1.0 JSON
 * message ({@code id}, {@code source}, {@code type}, {@code time}, {@code subject},
 * {@code data}). Sent in the caller's transaction, so an event goes out only for a change
 * that was committed. The {@code ownerId} message property lets a subscriber select one
 * user's jobs; every event carries the platform's signature, which the WebSocket side
 * checks before it forwards anything.
 */
@Stateless
public class JobEvents {

    @Inject
    Event<JobEnded> ended;

    public static final String TYPE = "navaa.job.changed";
    public static final String REJECTED = "navaa.job.rejected";
    public static final String OWNER_PROPERTY = "ownerId";

    @Inject
    @JMSConnectionFactory("jms/navaa/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/navaa/JobEvents")
    Topic events;

    @Inject
    PlatformSignatures signatures;

    public void changed(Job job) {
        if (job.getState().finished()) {
            // in this transaction: what a feature records about the end commits with it
            ended.fire(new JobEnded(job));
        }
        String body = envelope(TYPE, job.getId().toString()).add("data", data(job)).build().toString();
        publish(body).setProperty(OWNER_PROPERTY, job.ownerId()).send(events, body);
    }

    /**
     * A job request over JMS that could not be taken (an unknown file, a bad parameter): the
     * answer goes where the job's events would have gone, with the integration's
     * {@code request_id}, so nothing it asked for disappears without a word.
     */
    public void rejected(String requestId, String code, String reason) {
        String body = envelope(REJECTED, requestId == null ? "unknown" : requestId)
                .add("data", Json.createObjectBuilder()
                        .add("request_id", requestId == null ? JsonValue.NULL : Json.createValue(requestId))
                        .add("status", "rejected")
                        .add("error_code", code)
                        .add("error_message", reason))
                .build().toString();
        publish(body).send(events, body);
    }

    private JMSProducer publish(String body) {
        return jms.createProducer().setProperty(PlatformSignatures.PROPERTY, signatures.sign(Purpose.JOB_EVENT, body));
    }

    private static JsonObjectBuilder envelope(String type, String subject) {
        return Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", UUID.randomUUID().toString())
                .add("source", "/navaa/jobs")
                .add("type", type)
                .add("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .add("subject", subject)
                .add("datacontenttype", "application/json");
    }

    private static JsonObjectBuilder data(Job job) {
        return Json.createObjectBuilder()
                .add("job_id", job.getId())
                .add("file_id", job.getId())
                .add("owner_id", job.ownerId())
                .add("kind", job.getKind().name())
                .add("filename", job.getInputName())
                .add("status", job.getState().value())
                .add("progress", job.getProgress())
                .add("error_code", job.getFailure().<JsonValue>map(f -> Json.createValue(f.name())).orElse(JsonValue.NULL))
                // in English: a subscriber renders the code in its own language
                .add("error_message", job.getFailure().<JsonValue>map(f -> Json.createValue(
                        navaa.platform.control.Messages.text(f.messageKey(), java.util.Locale.ROOT)))
                        .orElse(JsonValue.NULL))
                .add("request_id", requestId(job));
    }

    /** The integration's id for a job it asked for over JMS, from the job's parameters. */
    private static JsonValue requestId(Job job) {
        try (var reader = Json.createReader(new java.io.StringReader(job.getParameters()))) {
            var parameters = reader.readObject();
            return parameters.containsKey("request_id") ? parameters.get("request_id") : JsonValue.NULL;
        }
    }
}
