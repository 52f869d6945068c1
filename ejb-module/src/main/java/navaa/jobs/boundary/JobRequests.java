package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.diarization.boundary.DiarizationJobs;
import navaa.diarization.control.DiarizationParameters;
import navaa.identity.entity.Caller;
import navaa.integration.boundary.JobEvents;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * New jobs an integration asks for on the job request queue, on a file already stored
 * (the {@code file_id} any audio upload answered with):
 * <pre>{"kind": "diarization", "file_id": 42, "request_id": "crm-7781",
 *  "parameters": {"num_speakers": "3", "voice_database_id": "5", "output_formats": "json,srt"}}</pre>
 * with the asking account's API key in the message property {@value #API_KEY_PROPERTY}. The
 * file must be visible to that account as over REST (its own, or any for an admin; another
 * user's answers as an unknown one), and the job belongs to the file's owner. The job's
 * events (on the events topic, as every job's) carry the {@code request_id}; a request that
 * cannot be taken is answered there with {@code navaa.job.rejected}.
 */
@Stateless
public class JobRequests {

    /** The JMS string property that carries the API key of the account asking. */
    public static final String API_KEY_PROPERTY = "apiKey";

    private static final Logger LOG = Logger.getLogger(JobRequests.class.getName());

    @Inject
    DiarizationJobs diarizations;

    @Inject
    JobEvents events;

    @Inject
    JobRequesters requesters;

    public void create(JsonObject request, String apiKey) {
        String requestId = requestId(request);
        Optional<Caller> caller = requesters.byApiKey(apiKey);
        if (caller.isEmpty()) {
            reject(requestId, ErrorCode.UNAUTHORIZED, "a valid API key is required in the message property " + API_KEY_PROPERTY);
            return;
        }
        String kind = request.getString("kind", "");
        if (!kind.equals("diarization")) {
            reject(requestId, ErrorCode.BAD_REQUEST, "unknown job kind \"" + kind + "\": this queue takes {\"jobId\": n} or kind \"diarization\"");
            return;
        }
        if (!request.containsKey("file_id") || request.get("file_id").getValueType() != JsonValue.ValueType.NUMBER) {
            reject(requestId, ErrorCode.VALIDATION_ERROR, "file_id (a number: the id an upload answered with) is required");
            return;
        }
        JsonObject parameters = request.containsKey("parameters") ? request.getJsonObject("parameters") : JsonValue.EMPTY_JSON_OBJECT;
        try {
            DiarizationParameters asked = DiarizationParameters.of(field -> text(parameters, field), formats(parameters));
            long job = diarizations.submitStored(caller.get(), request.getJsonNumber("file_id").longValue(), asked, Optional.ofNullable(requestId)).getId();
            LOG.info(() -> "diarization job " + job + " created for request " + requestId + " of " + caller.get().username());
        } catch (NavaaException e) {
            StringBuilder reason = new StringBuilder(Messages.of(e.code(), Locale.ROOT, e.arguments()));
            e.fieldErrors().forEach((field, error) -> reason.append(' ').append(field).append(": ").append(error.text(Locale.ROOT)));
            reject(requestId, e.code(), reason.toString());
        }
    }

    public void unreadable(String reason) {
        reject(null, ErrorCode.BAD_REQUEST, "unreadable job request: " + reason);
    }

    /** A {@code {"jobId": n}} request without the platform's signature: only the platform starts recorded jobs. */
    public void unsigned(JsonObject request) {
        reject(requestId(request), ErrorCode.FORBIDDEN,
                "a {\"jobId\": n} request is taken only from the platform itself, and this one (" + request.get("jobId") + ") is not signed");
    }

    private static String requestId(JsonObject request) {
        return request.containsKey("request_id") && request.get("request_id").getValueType() == JsonValue.ValueType.STRING
                ? request.getString("request_id") : null;
    }

    private void reject(String requestId, ErrorCode code, String reason) {
        LOG.warning(() -> "job request " + requestId + " rejected: " + reason);
        events.rejected(requestId, code.name(), reason);
    }

    /** A parameter as text, whether the integration sent it as a string, a number or a boolean. */
    private static Optional<String> text(JsonObject parameters, String field) {
        JsonValue value = parameters.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static List<String> formats(JsonObject parameters) {
        JsonValue value = parameters.get("output_formats");
        List<String> formats = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> formats.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (value instanceof JsonString s) {
            formats.add(s.getString());
        }
        return formats;
    }
}
