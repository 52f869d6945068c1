package navaa.integration.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Locale;
import java.util.Map;

/**
 * The message a {@code /ws/processing/} client gets for a job event: the job's fields in
 * the audio families' words ({@code file_id}, {@code status}, {@code progress}), the
 * service's name as in the paths, and the event's id and time.
 */
public final class ProcessingUpdate {

    private static final Map<String, String> SERVICES = Map.of(
            "DENOISE", "denoise", "BOOST", "boost", "SEPARATE", "vocal", "EXTRACT", "speaker");

    private ProcessingUpdate() {
    }

    public static JsonObject of(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        JsonObjectBuilder update = Json.createObjectBuilder()
                .add("type", "processing_update")
                .add("event_id", event.getString("id"))
                .add("timestamp", event.getString("time"))
                .add("service", SERVICES.getOrDefault(data.getString("kind"), data.getString("kind").toLowerCase(Locale.ROOT)));
        data.forEach((name, value) -> {
            if (!name.equals("owner_id")) {
                update.add(name, value);
            }
        });
        return update.build();
    }
}
