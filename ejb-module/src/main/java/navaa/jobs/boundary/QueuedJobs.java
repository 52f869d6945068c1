package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.jobs.entity.JobState;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The cap on one user's unfinished jobs ({@code NAVAA_JOBS_QUEUED_PER_USER}): the upload
 * slots bound what arrives at once, this bounds what waits. Each queued job holds its
 * upload on the data disk and a place in the one batch queue every user shares, so without
 * it a user could fill both by uploading one small file after another.
 */
@Stateless
public class QueuedJobs {

    /** A job takes seconds to minutes; the family's clients poll every few seconds. */
    static final long RETRY_AFTER_SECONDS = 30;
    private static final List<JobState> UNFINISHED = List.of(JobState.PENDING, JobState.PROCESSING);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "navaa.jobs.queued-per-user", defaultValue = "20")
    int perUser;

    /**
     * 429 in the family's shape when the account already has as many pending and processing
     * jobs as allowed. Counted in a transaction of its own, so it sees every job committed up
     * to now: the caller's transaction may have read before it took the account's lock, and
     * MariaDB's repeatable read would show it the jobs of that earlier moment.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void requireRoom(long ownerId) {
        long queued = em.createQuery("select count(j) from Job j where j.account.id = :owner and j.state in :states", Long.class)
                .setParameter("owner", ownerId).setParameter("states", UNFINISHED).getSingleResult();
        if (queued >= perUser) {
            throw NavaaException.tooMany(ErrorCode.TOO_MANY_QUEUED_JOBS, RETRY_AFTER_SECONDS);
        }
    }
}
