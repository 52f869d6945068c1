package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.JobLedger;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the job record when work starts and why it failed, so no job stays
 * "processing" after its execution has ended badly.
 */
@Named
@Dependent
public class AudioJobListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(AudioJobListener.class.getName());

    @Inject
    @BatchProperty
    String jobId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforeStep() {
        JobLedger.lookup().processing(Long.parseLong(jobId), job.getExecutionId());
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(Level.WARNING, "audio job " + jobId + " failed in step " + step.getStepName(), failure);
            JobLedger.lookup().failed(Long.parseLong(jobId), String.valueOf(failure.getMessage()));
        }
    }
}
