package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.JobLedger;

import java.util.logging.Logger;

/**
 * The last word on a job: an execution that ends other than COMPLETED fails the job, also
 * when the failure came from the batch runtime itself (a checkpoint it could not store)
 * and no step listener saw it. A job the encode step already finished is left alone.
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
        if (status != BatchStatus.COMPLETED) {
            LOG.warning(() -> "audio job " + jobId + " ended " + status + " (" + job.getExitStatus() + ")");
            JobLedger.lookup().failed(Long.parseLong(jobId), "the processing stopped (" + status + "): see the server log");
        }
    }
}
