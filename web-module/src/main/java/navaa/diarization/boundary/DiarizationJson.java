package navaa.diarization.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.diarization.entity.EnrolledSpeaker;
import navaa.diarization.entity.VoiceDatabaseRecord;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobState;
import navaa.platform.control.Messages;

import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;

/** The JSON shapes api-map §2 fixes for voice databases, speakers and diarization jobs. */
final class DiarizationJson {

    private DiarizationJson() {
    }

    static JsonObject database(VoiceDatabaseRecord database) {
        JsonArrayBuilder speakers = Json.createArrayBuilder();
        database.getSpeakers().forEach(s -> speakers.add(speaker(s)));
        return Json.createObjectBuilder()
                .add("id", database.getId())
                .add("name", database.getName())
                .add("speakers", speakers)
                .add("created_at", time(database.getCreatedAt()))
                .build();
    }

    static JsonObject speaker(EnrolledSpeaker speaker) {
        return Json.createObjectBuilder()
                .add("id", speaker.getId())
                .add("name", speaker.getName())
                .add("num_samples", speaker.getNumSamples())
                .add("created_at", time(speaker.getCreatedAt()))
                .build();
    }

    /** 202's answer to a new job. */
    static JsonObject created(Job job) {
        return Json.createObjectBuilder()
                .add("id", job.getId())
                .add("status", job.getState().value())
                .add("progress", job.getProgress())
                .add("created_at", time(job.getCreatedAt()))
                .build();
    }

    /** @param locale the language of {@code error}, the reader's; {@code error_code} is beside it */
    static JsonObject job(Job job, Locale locale) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", job.getId())
                .add("status", job.getState().value())
                .add("progress", job.getProgress())
                .add("created_at", time(job.getCreatedAt()))
                .add("completed_at", job.getCompletedAt() == null ? JsonValue.NULL : Json.createValue(time(job.getCompletedAt())))
                .add("filename", job.getInputName())
                .add("duration", job.getDuration());
        JsonObject result = job.getState() == JobState.COMPLETED && job.getResult() != null
                ? Json.createReader(new StringReader(job.getResult())).readObject() : null;
        json.add("num_speakers", result == null ? JsonValue.NULL : result.get("num_speakers"));
        json.add("identified_speakers", result == null ? JsonValue.EMPTY_JSON_ARRAY : result.get("identified_speakers"));
        JsonArrayBuilder formats = Json.createArrayBuilder();
        if (job.getState() == JobState.COMPLETED) {
            job.getOutputs().keySet().forEach(formats::add);
        } else {
            String asked = Json.createReader(new StringReader(job.getParameters())).readObject().getString("output_formats", "");
            for (String f : asked.split(",")) {
                if (!f.isBlank()) {
                    formats.add(f);
                }
            }
        }
        json.add("formats", formats);
        json.add("error", job.getFailure().<JsonValue>map(f -> Json.createValue(Messages.text(f.messageKey(), locale))).orElse(JsonValue.NULL));
        json.add("error_code", job.getFailure().<JsonValue>map(f -> Json.createValue(f.name())).orElse(JsonValue.NULL));
        return json.build();
    }

    /** Milliseconds, as the database keeps them: a new record reads the same as when it is read back. */
    private static String time(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }
}
