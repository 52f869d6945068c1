package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobLedgers;

import java.util.logging.Logger;

/**
 * The last word on a job. A job listener runs before the batch runtime settles the
 * execution's final status, so it sees STARTED for an execution that is about to complete,
 * STOPPING for one that was stopped (an administrator's cancel) and FAILED for one that
 * failed. A failure no step listener recorded (the batch runtime's own, e.g. a checkpoint
 * it could not store) fails the job as {@link JobFailure#INTERNAL}; a job that has already
 * ended keeps its outcome.
 */
@Named
@Dependent
public class AudioJobOutcome extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(AudioJobOutcome.class.getName());

    @Inject
    @BatchProperty
    String jobId;

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        long execution = job.getExecutionId();
        switch (status) {
            case STARTED -> LOG.fine(() -> "batch execution " + execution + " of job " + jobId + " ran to its end");
            case STOPPING -> {
                if (JobLedgers.lookup().failed(Long.parseLong(jobId), JobFailure.INTERNAL)) {
                    LOG.warning(() -> "job " + jobId + " failed with " + JobFailure.INTERNAL + ": batch execution " + execution
                            + " was stopped, but not by a cancel");
                } else {
                    LOG.info(() -> "batch execution " + execution + " of job " + jobId + " stopped after the job ended");
                }
            }
            default -> {
                if (JobLedgers.lookup().failed(Long.parseLong(jobId), JobFailure.INTERNAL)) {
                    LOG.warning(() -> "job " + jobId + " failed with " + JobFailure.INTERNAL + ": batch execution " + execution
                            + " ended " + status + " with no step failure recorded (see the batch runtime's lines above)");
                } else {
                    LOG.fine(() -> "batch execution " + execution + " of job " + jobId + " ended " + status);
                }
            }
        }
    }
}
