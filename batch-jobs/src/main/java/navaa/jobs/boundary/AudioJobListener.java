package navaa.jobs.boundary;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobFailures;
import navaa.jobs.control.JobLedgers;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the job record when work starts and why it failed, so no job stays "processing"
 * after its execution has ended badly. The failure is stored as a {@link JobFailure} code;
 * the exception, with whatever paths it names, goes to the server log only.
 * <p>
 * Also a chunk listener: the batch runtime records a step's exception for the step
 * listener only when a reader or writer throws, not when an item processor does or when
 * opening the reader or writer fails; {@link #onError} sees those too.
 */
@Named
@Dependent
public class AudioJobListener extends AbstractStepListener implements ChunkListener {

    private static final Logger LOG = Logger.getLogger(AudioJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private Exception chunkFailure;

    @Override
    public void beforeStep() {
        JobLedgers.lookup().processing(jobId(), job.getExecutionId());
    }

    @Override
    public void afterStep() {
        Exception failure = chunkFailure != null ? chunkFailure : step.getException();
        if (failure == null) {
            return;
        }
        long id = jobId();
        if (JobFailures.jobEnded(failure)) {
            LOG.info(() -> "job " + id + " ended while its step " + step.getStepName() + " ran (cancelled or deleted): "
                    + "batch execution " + job.getExecutionId() + " stops");
            return;
        }
        JobFailure code = JobFailures.of(failure);
        if (JobLedgers.lookup().failed(id, code)) {
            LOG.log(Level.WARNING, "job " + id + " failed with " + code + " in step " + step.getStepName()
                    + " of batch execution " + job.getExecutionId(), failure);
        } else {
            LOG.log(Level.FINE, "job " + id + " had already ended when step " + step.getStepName() + " failed", failure);
        }
    }

    /** The job's own property, which every step shares: the listener needs no copy of its own. */
    private long jobId() {
        return Long.parseLong(job.getProperties().getProperty("jobId"));
    }

    @Override
    public void beforeChunk() {
        // nothing to do: only failures matter here
    }

    @Override
    public void onError(Exception failure) {
        if (chunkFailure == null) {
            chunkFailure = failure;
        }
    }

    @Override
    public void afterChunk() {
        // nothing to do: only failures matter here
    }
}
