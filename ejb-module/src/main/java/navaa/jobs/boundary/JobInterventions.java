package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import navaa.jobs.entity.Job;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

/**
 * An operator's hand on the engine (the admin console's): cancel a job that is queued or
 * running, run a failed one again. Both end in the states every client already knows: a
 * cancelled job is {@code failed} with the code {@code CANCELLED_BY_ADMIN}, a retried one
 * {@code pending} again.
 */
@Stateless
public class JobInterventions {

    @Inject
    JobClaims claims;

    @Inject
    BatchJobs batch;

    @Inject
    Jobs jobs;

    /**
     * Fails the job first, committed, and only then stops its execution: the execution's
     * own listeners then find the job ended and leave the reason alone, and its last chunk
     * cannot move the progress or complete it. A pending job has no execution; its queued
     * request is ignored when it arrives, as for any finished job.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Job cancel(long jobId, String admin) {
        Job cancelled = claims.cancel(jobId, admin);
        if (cancelled.getExecutionId() != null) {
            batch.stop(cancelled.getExecutionId());
        }
        return cancelled;
    }

    /**
     * Refused while an execution of this server run is still finishing (a cancelled job's
     * last chunk): the new one would share its work folder.
     */
    public Job retry(long jobId) {
        Job job = jobs.find(jobId).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (batch.executing(job)) {
            throw new NavaaException(ErrorCode.JOB_STILL_STOPPING);
        }
        return jobs.resubmit(jobId);
    }
}
