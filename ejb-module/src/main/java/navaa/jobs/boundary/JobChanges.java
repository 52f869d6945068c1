package navaa.jobs.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import navaa.jobs.entity.Job;

import java.util.logging.Logger;

/**
 * Tells {@link JobStatuses} of every change to a job's row, whoever makes it (the batch
 * job's progress, a claim, a cancellation, a retry, a delete): a JPA entity listener,
 * attached to {@link Job} in {@code META-INF/orm.xml}, so no code that changes jobs has to
 * remember it. Nothing changes jobs in bulk (JPQL or SQL updates pass no listener).
 */
public class JobChanges {

    private static final Logger LOG = Logger.getLogger(JobChanges.class.getName());

    @PostUpdate
    @PostRemove
    void changed(Job job) {
        try {
            CDI.current().select(JobStatuses.class).get().forget(job.getId());
        } catch (RuntimeException e) {
            // the status cache then goes stale for its lifetime (1 s) at most; the change itself stands
            LOG.warning(() -> "job " + job.getId() + " changed, but its cached status could not be dropped: " + e);
        }
    }
}
