package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.JobLedgers;
import navaa.jobs.control.RunStart;
import navaa.models.audio.PcmDecoder;

import java.io.Serializable;

/**
 * A resumable step's reader that keeps the job's record of its runs: where each execution
 * started (a resumed one's start shows the resume point was used) and, when it closes, how
 * much it read. A crash leaves no such count.
 */
abstract class StepRun extends AbstractItemReader {

    @Inject
    @BatchProperty
    String jobId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    /** The recording, opened by {@link #open(JobLedger, AudioTask)}; closed with the step. */
    PcmDecoder decoder;

    /** The batch checkpoint is not used: the step's own resume file says where to go on from. */
    @Override
    public final void open(Serializable checkpoint) {
        JobLedger ledger = JobLedgers.lookup();
        open(ledger, ledger.task(jobId()));
    }

    /** Opens the input at the step's resume point and says where this execution starts ({@link #started}). */
    abstract void open(JobLedger ledger, AudioTask task);

    long jobId() {
        return Long.parseLong(jobId);
    }

    /** This execution starts at {@code start} of {@code total} units ({@link RunStart#FRAMES}, ...). */
    void started(JobLedger ledger, String unit, long start, long total) {
        ledger.runStarted(jobId(), job.getExecutionId(), new RunStart(step.getStepName(), unit, start, total));
    }

    /** The units this execution read so far. */
    abstract long processed();

    /** What this execution read, for the job's record of its runs; a crash leaves no such count. */
    @Override
    public final void close() {
        if (decoder == null) {
            return;
        }
        decoder.close();
        RunRecord.ended(jobId(), job.getExecutionId(), step.getStepName(), processed());
    }
}
