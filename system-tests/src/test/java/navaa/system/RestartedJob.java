package navaa.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One of {@link RestartIT}'s jobs: how it is submitted, which step of it resumes from
 * checkpoints and what share of the job's progress that step spans, when it is far enough in
 * to be killed, and which outputs an uninterrupted run must match byte for byte.
 *
 * @param stepFrom        the job's progress when the resumable step starts
 * @param stepTo          ... and when it ends
 * @param checkpointEvery units of the step (frames, stretches) between two checkpoints
 * @param expectedTotal   the step's units an uninterrupted run must count, when the test knows them
 */
record RestartedJob(String name, String path, Map<String, String> fields, Map<String, Path> files, String step,
                    int stepFrom, int stepTo, long checkpointEvery, List<String> outputs, Optional<Long> expectedTotal) {

    /** Past this much of its step a job has committed checkpoints to resume from. */
    private static final int KILL_INTO_STEP = 5;

    /** An audio job of doc 000: its process step reads one-second blocks at {@code rate} Hz and commits every ten. */
    static RestartedJob audio(String name, String path, Map<String, String> fields, Map<String, Path> files,
                              int stepFrom, int rate, List<String> outputs) {
        return new RestartedJob(name, path, fields, files, "process", stepFrom, 95, 10L * rate, outputs, Optional.empty());
    }

    /** A diarization: its embed step (progress 20 to 90) commits every five stretches of speech. */
    static RestartedJob diarization(Path recording) {
        return new RestartedJob("diarization", "/api/diarization/jobs/", Map.of("output_formats", "json"),
                Map.of("audio_file", recording), "embed", 20, 90, 5, List.of("result.json"), Optional.empty());
    }

    RestartedJob total(long units) {
        return new RestartedJob(name, path, fields, files, step, stepFrom, stepTo, checkpointEvery, outputs, Optional.of(units));
    }

    boolean diarizes() {
        return step.equals("embed");
    }

    /** The job's progress past which it may be killed. */
    int killAt() {
        return stepFrom + KILL_INTO_STEP;
    }

    int minimumBytes() {
        return diarizes() ? 1_000 : 1_000_000;
    }

    /** Uploads the job's files; returns its id. */
    long submit(Http http) {
        Http.Reply reply = http.postMultipart(path, fields, files);
        assertEquals(diarizes() ? 202 : 200, reply.status(), reply::toString);
        return reply.json().getJsonNumber(diarizes() ? "id" : "file_id").longValue();
    }
}
