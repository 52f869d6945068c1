package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.integration.boundary.JobEvents;
import navaa.jobs.control.JobFailure;
import navaa.jobs.entity.Job;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Which server run owns which job. A job is claimed, under a row lock, by the run that
 * starts its batch execution; a redelivered request of a job this run already started is
 * a duplicate, and a job claimed by an earlier run that never finished it is an orphan of a
 * crash, to be resumed.
 */
@Stateless
public class JobClaims {

    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

    /** This run of the application: a new value on every start or deployment. */
    static final String RUN = UUID.randomUUID().toString();

    /** Starts of one job, beyond which a job that keeps taking the server down fails for good. */
    static final int MAX_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobEvents events;

    /**
     * The job to start, if this run has not started it yet and it still exists and is
     * unfinished. Committed before the execution starts, whose first step updates the same
     * record: a claim still open then would make that update fail on the record's version.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Job> claim(long jobId) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        return job != null && job.claim(RUN) ? Optional.of(job) : Optional.empty();
    }

    /** Gives a claim back when its execution could not be started, so the redelivered request can try again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long jobId) {
        Optional.ofNullable(em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE)).ifPresent(Job::release);
    }

    /** Ids of the unfinished jobs an earlier run had started. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> orphans() {
        return em.createNamedQuery(Job.UNFINISHED, Job.class).getResultList().stream()
                .filter(job -> job.orphanedBy(RUN))
                .map(Job::getId)
                .toList();
    }

    /** Claims an orphan in a transaction of its own, or fails it when it has had its attempts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Job> adopt(long jobId) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !job.orphanedBy(RUN)) {
            return Optional.empty();
        }
        if (job.getAttempts() >= MAX_ATTEMPTS) {
            job.failed(JobFailure.SERVER_RESTARTS_EXCEEDED);
            events.changed(job);
            LOG.warning(() -> "job " + jobId + " failed with " + JobFailure.SERVER_RESTARTS_EXCEEDED + ": the server stopped during it "
                    + job.getAttempts() + " times; it is not started again");
            return Optional.empty();
        }
        job.claim(RUN);
        return Optional.of(job);
    }

    /**
     * Ends an unfinished job as {@link JobFailure#CANCELLED_BY_ADMIN}, committed at once: the
     * execution still running it, stopped next, then finds it ended and keeps this reason.
     * Who cancelled it goes to the log.
     *
     * @return the job as it ended
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Job cancel(long jobId, String admin) {
        Job job = Optional.ofNullable(em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (job.getState().finished()) {
            throw new NavaaException(ErrorCode.JOB_NOT_CANCELLABLE, job.getState().value());
        }
        String was = job.getState().value() + " at " + job.getProgress() + " %";
        job.failed(JobFailure.CANCELLED_BY_ADMIN);
        events.changed(job);
        LOG.info(() -> "job " + jobId + " (" + job.getKind() + ", " + was + ") cancelled by admin " + admin);
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, JobFailure failure) {
        Optional.ofNullable(em.find(Job.class, jobId)).ifPresent(job -> {
            if (job.failed(failure)) {
                events.changed(job);
            }
        });
    }
}
