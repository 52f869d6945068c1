package navaa.jobs.boundary;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import navaa.jobs.control.JobFailure;
import navaa.jobs.entity.Job;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only caller of the batch runtime: starts a job's execution once per server run, and
 * at start-up gives the jobs a crash interrupted a new execution, which continues from the
 * job's resume point with the job's original parameters.
 */
@Stateless
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    @Inject
    JobClaims claims;

    /**
     * For a job request: starts the job unless this run already has. A failure to start
     * gives the claim back and rolls the request back, so the broker delivers it again.
     */
    public void start(long jobId) {
        Optional<Job> claimed = claims.claim(jobId);
        if (claimed.isEmpty()) {
            LOG.info(() -> "job " + jobId + " is gone, finished or already running: request ignored");
            return;
        }
        try {
            long execution = execute(claimed.get());
            LOG.info(() -> "job " + jobId + " started as batch execution " + execution);
        } catch (RuntimeException e) {
            claims.release(jobId);
            throw e;
        }
    }

    /**
     * Resumes the jobs an earlier run left unfinished. Called at start-up, outside any
     * transaction: the first use of the batch runtime creates its tables, and MariaDB
     * refuses DDL inside an XA transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeOrphans() {
        BatchRuntime.getJobOperator().getJobNames();
        List<Long> orphans = claims.orphans();
        if (!orphans.isEmpty()) {
            LOG.info(() -> orphans.size() + " jobs were interrupted by an earlier stop: " + orphans);
        }
        for (long jobId : orphans) {
            try {
                claims.adopt(jobId).ifPresent(job -> resume(job));
            } catch (RuntimeException e) {
                // e.g. the record is still locked by a transaction the crash left in doubt: tried again in a minute
                LOG.log(Level.WARNING, "cannot take over interrupted job " + jobId + " yet; it is tried again in a minute", e);
            }
        }
    }

    /**
     * Asks an execution to stop: a chunk step stops at its next checkpoint, a batchlet when
     * it returns, and no later step begins. Nothing to do when it has already ended or
     * belongs to an earlier deployment (Payara keeps those from this one; they are not
     * running anyway).
     */
    public void stop(long executionId) {
        try {
            BatchRuntime.getJobOperator().stop(executionId);
            LOG.info(() -> "batch execution " + executionId + " asked to stop");
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException | JobSecurityException e) {
            LOG.fine(() -> "batch execution " + executionId + " is not running here: " + e);
        }
    }

    /** The batch runtime's word on an execution; empty when it knows none by that id in this deployment. */
    public Optional<BatchStatus> status(long executionId) {
        try {
            return Optional.ofNullable(BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an execution of this server run may still be at work on the job: one asked to
     * stop finishes its chunk first. An execution an earlier run left STARTED in the batch
     * tables is not at work (that run is gone).
     */
    public boolean executing(Job job) {
        if (job.getExecutionId() == null || !job.claimedBy(JobClaims.RUN)) {
            return false;
        }
        return status(job.getExecutionId())
                .map(s -> s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING)
                .orElse(false);
    }

    private void resume(Job job) {
        try {
            long execution = execute(job);
            LOG.info(() -> "interrupted job " + job.getId() + " resumed as batch execution " + execution
                    + " (attempt " + job.getAttempts() + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job " + job.getId() + " failed with " + JobFailure.RESUME_FAILED
                    + ": its new batch execution did not start", e);
            claims.failed(job.getId(), JobFailure.RESUME_FAILED);
        }
    }

    private static long execute(Job job) {
        Properties parameters = new Properties();
        parameters.setProperty("jobId", Long.toString(job.getId()));
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(job.getKind().jobXml(), parameters);
    }
}
