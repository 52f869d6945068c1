package navaa.audio.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import navaa.identity.boundary.CurrentCaller;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What the two boost families share: the level's rules, submitting, and the file's JSON. */
@RequestScoped
public class BoostJobs {

    static final String KIND = "BOOST";
    private static final List<String> LEVELS = List.of("2x", "3x", "4x", "5x");

    @Inject
    Jobs jobs;

    @Inject
    AudioUploads uploads;

    @Inject
    CurrentCaller current;

    /** Checks the level before anything is stored, then stores the upload and submits the job. */
    public Job submit(HttpServletRequest request, String level) {
        if (level == null || !LEVELS.contains(level)) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR,
                    Map.of("boost_level", FieldError.of("field.boostLevel", String.join(", ", LEVELS))));
        }
        JobInput input = uploads.store(request, "audio_file");
        String parameters = Json.createObjectBuilder().add("boost_level", level).add("factor", level.substring(0, 1)).build().toString();
        return jobs.submit(current.require(), KIND, input, parameters);
    }

    public Job find(long id) {
        Job job = jobs.find(id, current.require());
        if (!KIND.equals(job.getKind())) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return job;
    }

    public List<Job> all() {
        return jobs.of(current.require(), KIND);
    }

    public void delete(long id) {
        jobs.delete(find(id).getId(), current.require());
    }

    /** The answer to an upload, in doc 000's and doc 001's words (their messages differ). */
    static JsonObject started(Job job, String level, String message) {
        return Json.createObjectBuilder()
                .add("status", "success")
                .add("message", message)
                .add("file_id", job.getId())
                .add("filename", job.getInputName())
                .add("boost_level", level)
                .build();
    }

    /** The caller's boost files, newest first. */
    jakarta.json.JsonArray files() {
        jakarta.json.JsonArrayBuilder files = Json.createArrayBuilder();
        all().forEach(job -> files.add(json(job)));
        return files.build();
    }

    /** A boost file in the union of doc 000's and doc 001's fields. */
    static JsonObject json(Job job) {
        JsonObject parameters = Json.createReader(new StringReader(job.getParameters())).readObject();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", job.getId())
                .add("file_id", job.getId())
                .add("filename", job.getInputName())
                .add("status", job.getState().value())
                .add("progress", job.getProgress())
                .add("boost_level", parameters.getString("boost_level"))
                .add("duration", Math.round(job.getDuration() * 1000) / 1000.0)
                .add("duration_display", String.format("%02d:%02d", (long) job.getDuration() / 60, (long) job.getDuration() % 60))
                .add("original_url", "/media/jobs/" + job.getId() + "/original")
                .add("boosted_url", job.getOutputPath() == null ? JsonValue.NULL : Json.createValue("/media/jobs/" + job.getId() + "/output"))
                .add("uploaded_at", timestamp(job.getCreatedAt()))
                .add("processed_at", job.getCompletedAt() == null ? JsonValue.NULL : Json.createValue(timestamp(job.getCompletedAt())))
                .add("error_message", job.getErrorMessage() == null ? JsonValue.NULL : Json.createValue(job.getErrorMessage()));
        if (job.getResult() != null) {
            Json.createReader(new StringReader(job.getResult())).readObject().forEach(json::add);
        }
        return json.build();
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
