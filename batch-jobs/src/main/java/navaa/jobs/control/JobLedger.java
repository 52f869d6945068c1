package navaa.jobs.control;

import java.util.LinkedHashMap;

/**
 * The batch steps' view of the job record: they read their task and report progress and
 * the end through it. Implemented by an EJB in the business module (which owns the
 * database); the steps, packaged as a library, reach it through {@link JobLedgers#lookup()}.
 */
public interface JobLedger {

    AudioTask task(long jobId);

    /** @throws JobAlreadyEnded when the job was cancelled or deleted before the step began */
    void processing(long jobId, long executionId);

    void progressed(long jobId, int percent);

    /** @param outputs output name → file, primary output first */
    void finished(long jobId, LinkedHashMap<String, String> outputs, String resultJson);

    /**
     * Fails the job for {@code failure}, unless it has already ended (or is gone): a job keeps
     * its first outcome. The detail of what happened is the caller's to log.
     *
     * @return whether this call failed the job
     */
    boolean failed(long jobId, JobFailure failure);

    /** Records where execution {@code executionId} starts a resumable step. */
    void runStarted(long jobId, long executionId, RunStart start);

    /** Records how much of the step's work execution {@code executionId} did, when the step closes. */
    void runEnded(long jobId, long executionId, String step, long processed);
}
