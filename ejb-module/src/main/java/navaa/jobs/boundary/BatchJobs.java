package navaa.jobs.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only caller of the batch runtime. Payara tags every job instance with the
 * component that started it and lets only that component see or restart it, so starting
 * and resuming must go through one and the same bean.
 */
@Stateless
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());
    static final String AUDIO_JOB = "audio-job";

    public long start(long jobId) {
        Properties parameters = new Properties();
        parameters.setProperty("jobId", Long.toString(jobId));
        return BatchRuntime.getJobOperator().start(AUDIO_JOB, parameters);
    }

    /**
     * Restarts, from their last checkpoint, the executions a crash left STARTED. Only
     * called at start-up, when none of ours can really be running. Outside any transaction:
     * the first use of the batch runtime creates its tables, and MariaDB refuses DDL
     * inside an XA transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeInterrupted() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> interrupted;
        try {
            interrupted = operator.getRunningExecutions(AUDIO_JOB);
        } catch (NoSuchJobException e) {
            LOG.info("no audio job has run here yet: nothing to resume");
            return;
        }
        LOG.info(() -> interrupted.size() + " interrupted audio job executions: " + interrupted);
        for (long execution : interrupted) {
            try {
                long restarted = operator.restart(execution, operator.getParameters(execution));
                LOG.info(() -> "batch execution " + execution + " resumed as " + restarted);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "cannot resume interrupted batch execution " + execution, e);
            }
        }
    }
}
