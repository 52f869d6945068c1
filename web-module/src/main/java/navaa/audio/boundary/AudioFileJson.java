package navaa.audio.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobState;
import navaa.platform.control.Messages;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A job as both documents' clients read it: one object with the union of doc 000's and
 * doc 001's fields for its kind (e.g. {@code original_file} and {@code original_url}),
 * then whatever the engine measured. Fields the documents name always appear, null until
 * they have a value. A failed job's {@code error_message} (doc 001's field) is its failure
 * code's message in the reader's language, with the code beside it in {@code error_code}.
 */
final class AudioFileJson {

    /** How a path names a failed job: doc 001's {@code /api/vocal/} family says "error". */
    enum StateWords {
        DOCUMENTED, ERROR_FOR_FAILED;

        String of(JobState state) {
            return this == ERROR_FOR_FAILED && state == JobState.FAILED ? "error" : state.value();
        }
    }

    private AudioFileJson() {
    }

    /** @param locale the language of {@code error_message}, the reader's */
    static JsonObject of(Job job, StateWords words, Locale locale) {
        AudioShape kind = shape(job);
        JsonObject parameters = object(job.getParameters());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", job.getId())
                .add("file_id", job.getId())
                .add("filename", job.getInputName())
                .add("status", words.of(job.getState()))
                .add("progress", job.getProgress());
        kind.echoed().forEach(name -> json.add(name, parameters.getString(name, "")));
        json.add("duration", Math.round(job.getDuration() * 1000) / 1000.0)
                .add("duration_display", minutesAndSeconds(job.getDuration()))
                .add("file_size", job.getInputSize());
        kind.names().forEach((field, upload) -> json.add(field, nullable(name(job, upload))));
        json.add("original_url", nullable(MediaResource.url(job, "original")))
                .add("original_file", nullable(MediaResource.url(job, "original")));
        kind.files().forEach((field, file) -> json.add(field, nullable(MediaResource.url(job, file))));
        kind.resultFields().forEach(field -> json.add(field, JsonValue.NULL));
        json.add("uploaded_at", timestamp(job.getCreatedAt()))
                .add("processed_at", nullable(Optional.ofNullable(job.getCompletedAt()).map(AudioFileJson::timestamp)))
                .add("processing_time", seconds(job))
                .add("error_message", nullable(job.getFailure().map(f -> Messages.text(f.messageKey(), locale))))
                .add("error_code", nullable(job.getFailure().map(Enum::name)));
        JsonObject documented = json.build();
        // the engine's measurements fill in what the record leaves open, never what it says
        JsonObjectBuilder merged = Json.createObjectBuilder(documented);
        object(job.getResult()).forEach((name, value) -> {
            if (!documented.containsKey(name) || documented.isNull(name)) {
                merged.add(name, value);
            }
        });
        return merged.build();
    }

    /** The answer to an upload: doc 000's fields (doc 001's are a subset), in the path's words. */
    static JsonObject started(Job job, String message) {
        AudioShape kind = shape(job);
        JsonObject parameters = object(job.getParameters());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", "success")
                .add("message", message)
                .add("file_id", job.getId())
                .add("filename", job.getInputName());
        kind.echoed().forEach(name -> json.add(name, parameters.getString(name, "")));
        job.getSampleName().ifPresent(sample -> json.add("speaker_sample_name", sample));
        return json.build();
    }

    /** Doc 000's list ({@code files}, {@code total_count}); doc 001's is its {@code files}. */
    static JsonObject list(List<Job> jobs, StateWords words, Locale locale) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        jobs.forEach(job -> files.add(of(job, words, locale)));
        return Json.createObjectBuilder().add("status", "success").add("files", files).add("total_count", jobs.size()).build();
    }

    private static AudioShape shape(Job job) {
        return AudioShape.of(job.getKind()).orElseThrow(() -> new IllegalArgumentException(job.getKind() + " has no audio shape"));
    }

    /** Doc 001's "03:45"; minutes go past 59 rather than turning into hours. */
    static String minutesAndSeconds(double seconds) {
        long whole = (long) Math.floor(seconds);
        // by hand: String.format parses its pattern on every call, and every status poll calls this
        return twoDigits(whole / 60) + ":" + twoDigits(whole % 60);
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    private static Optional<String> name(Job job, String upload) {
        return "sample".equals(upload) ? job.getSampleName() : Optional.of(job.getInputName());
    }

    /** Doc 000's processing_time: seconds from upload to result, to a tenth. */
    private static JsonValue seconds(Job job) {
        if (job.getCompletedAt() == null) {
            return JsonValue.NULL;
        }
        return Json.createValue(Math.round(Duration.between(job.getCreatedAt(), job.getCompletedAt()).toMillis() / 100.0) / 10.0);
    }

    private static JsonValue nullable(Optional<String> value) {
        return value.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
