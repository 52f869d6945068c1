package navaa.integration.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobKind;
import navaa.platform.control.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The message a {@code /ws/processing/} client gets for a job event: the job's fields in
 * the audio families' words ({@code file_id}, {@code status}, {@code progress}), the
 * service's name as in the paths, and the event's id and time; a failed job's
 * {@code error_code}, and its {@code error_message} in the socket's language.
 */
public final class ProcessingUpdate {

    private ProcessingUpdate() {
    }

    public static JsonObject of(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        JsonObjectBuilder update = Json.createObjectBuilder()
                .add("type", "processing_update")
                .add("event_id", event.getString("id"))
                .add("timestamp", event.getString("time"))
                .add("service", service(data.getString("kind")));
        data.forEach((name, value) -> {
            if (!name.equals("owner_id")) {
                update.add(name, value);
            }
        });
        return update.build();
    }

    /** The kind's service name ({@link JobKind#service()}); a kind this version does not know, in lower case. */
    private static String service(String kind) {
        return Arrays.stream(JobKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(JobKind::service).orElse(kind.toLowerCase(Locale.ROOT));
    }

    /**
     * The update as a socket of {@code locale} reads it: a failed job's {@code error_message}
     * is its {@code error_code}'s message in that language (the event carries the English).
     */
    public static JsonObject in(JsonObject update, Locale locale) {
        if (!(update.get("error_code") instanceof JsonString code)) {
            return update;
        }
        Optional<JobFailure> failure = Arrays.stream(JobFailure.values()).filter(f -> f.name().equals(code.getString())).findFirst();
        return failure.map(f -> Json.createObjectBuilder(update).add("error_message", Messages.text(f.messageKey(), locale)).build())
                .orElse(update);
    }
}
