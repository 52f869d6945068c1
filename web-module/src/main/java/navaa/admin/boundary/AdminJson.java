package navaa.admin.boundary;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.admin.control.JobPage;
import navaa.admin.control.QueueDepth;
import navaa.admin.control.Summary;
import navaa.diarization.entity.VoiceDatabaseRecord;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobRun;
import navaa.platform.control.Messages;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The console APIs' shapes, in doc 004's words: camelCase, ISO times in UTC with milliseconds. */
final class AdminJson {

    /** As doc 004's examples write times: "2025-08-14T10:30:00.000Z". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AdminJson() {
    }

    static JsonObject page(JobPage page, Locale locale) {
        JsonArrayBuilder jobs = Json.createArrayBuilder();
        page.jobs().forEach(j -> jobs.add(job(j, locale)));
        return Json.createObjectBuilder()
                .add("jobs", jobs)
                .add("total", page.total())
                .add("page", page.page())
                .add("pageSize", page.size())
                .build();
    }

    /** A failed job's {@code error} is its code's message in the console's language, {@code errorCode} the code. */
    static JsonObjectBuilder job(Job job, Locale locale) {
        return Json.createObjectBuilder()
                .add("id", job.getId())
                .add("kind", job.getKind().name())
                .add("owner", job.ownerName())
                .add("state", job.getState().value())
                .add("progress", job.getProgress())
                .add("fileName", job.getInputName())
                .add("duration", job.getDuration())
                .add("error", text(job.getFailure().map(f -> Messages.text(f.messageKey(), locale)).orElse(null)))
                .add("errorCode", text(job.getFailure().map(Enum::name).orElse(null)))
                .add("attempts", job.getAttempts())
                .add("createdAt", time(job.getCreatedAt()))
                .add("startedAt", time(job.getStartedAt()))
                .add("completedAt", time(job.getCompletedAt()));
    }

    /**
     * A job with what only its detail needs: parameters, input facts, outputs, the batch
     * execution, and each execution's run through the resumable step (where it started, how
     * much it did), which shows whether a job resumed after a crash continued or started over.
     */
    static JsonObject detail(Job job, Optional<BatchStatus> execution, List<JobRun> runs, Locale locale) {
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        job.getOutputs().keySet().forEach(outputs::add);
        JsonArrayBuilder steps = Json.createArrayBuilder();
        runs.forEach(run -> steps.add(run(run)));
        return job(job, locale)
                .add("parameters", Json.createReader(new StringReader(job.getParameters())).readObject())
                .add("input", Json.createObjectBuilder()
                        .add("format", job.getInputFormat())
                        .add("size", job.getInputSize())
                        .add("sampleRate", job.getSampleRate())
                        .add("channels", job.getChannels())
                        .add("sampleName", text(job.getSampleName().orElse(null))))
                .add("outputs", outputs)
                .add("execution", job.getExecutionId() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("id", job.getExecutionId())
                        .add("batchStatus", text(execution.map(BatchStatus::name).orElse(null)))
                        .build())
                .add("runs", steps)
                .build();
    }

    private static JsonObject run(JobRun run) {
        return Json.createObjectBuilder()
                .add("execution", run.getExecutionId())
                .add("step", run.getStep())
                .add("unit", run.getUnit())
                .add("startPosition", run.getStartPosition())
                .add("total", run.getTotal())
                .add("processed", run.getProcessed().<JsonValue>map(Json::createValue).orElse(JsonValue.NULL))
                .add("startedAt", time(run.getStartedAt()))
                .add("endedAt", time(run.getEndedAt().orElse(null)))
                .build();
    }

    static JsonObject summary(Summary summary, Locale locale) {
        JsonObjectBuilder states = Json.createObjectBuilder();
        summary.jobsByState().forEach((state, count) -> states.add(state.value(), count));
        JsonArrayBuilder failures = Json.createArrayBuilder();
        summary.recentFailures().forEach(j -> failures.add(job(j, locale)));
        return Json.createObjectBuilder()
                .add("jobs", states.add("total", summary.jobsByState().values().stream().mapToLong(Long::longValue).sum()))
                .add("users", Json.createObjectBuilder()
                        .add("total", summary.users().total())
                        .add("active", summary.users().active())
                        .add("admins", summary.users().admins()))
                .add("recentErrors", failures)
                .build();
    }

    static JsonObject queue(QueueDepth depth) {
        return Json.createObjectBuilder()
                .add("name", depth.name())
                .add("jndi", text(depth.jndi().orElse(null)))
                .add("deadLetters", depth.deadLetters())
                .add("messages", depth.messages().map(n -> (JsonValue) Json.createValue(n)).orElse(JsonValue.NULL))
                .add("more", depth.more())
                .add("error", text(depth.error().orElse(null)))
                .build();
    }

    static JsonObject voiceDatabase(VoiceDatabaseRecord database) {
        return Json.createObjectBuilder()
                .add("id", database.getId())
                .add("name", database.getName())
                .add("owner", database.ownerName())
                .add("speakers", database.getSpeakers().size())
                .add("createdAt", time(database.getCreatedAt()))
                .build();
    }

    /** A job kind as the console lists it; a kind without a name in the bundles goes by its code. */
    static JsonObject kind(JobKind kind, Locale locale) {
        String name = Messages.text(kind.messageKey(), locale);
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        kind.outputs().forEach(outputs::add);
        return Json.createObjectBuilder()
                .add("kind", kind.name())
                .add("name", name.equals(kind.messageKey()) ? kind.name() : name)
                .add("service", kind.service())
                .add("outputs", outputs)
                .build();
    }

    private static JsonValue time(Instant instant) {
        return instant == null ? JsonValue.NULL : Json.createValue(TIME.format(instant));
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
