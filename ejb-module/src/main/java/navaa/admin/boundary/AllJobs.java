package navaa.admin.boundary;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.admin.control.JobPage;
import navaa.admin.control.JobQuery;
import navaa.identity.entity.Account;
import navaa.jobs.boundary.BatchJobs;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobRun;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.List;
import java.util.Optional;

/** Every user's jobs, for the console: filtered and paged, newest first, with their owners. */
@Stateless
public class AllJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    BatchJobs batch;

    public JobPage search(JobQuery query) {
        String where = where(query);
        TypedQuery<Job> page = bind(em.createQuery("select j from Job j join fetch j.account a" + where + " order by j.id desc", Job.class), query);
        TypedQuery<Long> count = bind(em.createQuery("select count(j) from Job j join j.account a" + where, Long.class), query);
        List<Job> jobs = page.setFirstResult(query.firstResult()).setMaxResults(query.size()).getResultList();
        return new JobPage(jobs, count.getSingleResult(), query.page(), query.size());
    }

    public Job find(long id) {
        return em.createQuery("select j from Job j join fetch j.account where j.id = :id", Job.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }

    /** Each batch execution's pass through the job's resumable step, first first. */
    public List<JobRun> runs(Job job) {
        return em.createNamedQuery(JobRun.OF_JOB, JobRun.class).setParameter("job", job.getId()).getResultList();
    }

    /** What the batch runtime says of the job's current execution, e.g. STOPPED after a cancel. */
    public Optional<BatchStatus> executionStatus(Job job) {
        return job.getExecutionId() == null ? Optional.empty() : batch.status(job.getExecutionId());
    }

    private static String where(JobQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        query.state().ifPresent(s -> where.append(" and j.state = :state"));
        query.kind().ifPresent(k -> where.append(" and j.kind = :kind"));
        query.owner().ifPresent(o -> where.append(" and a.usernameKey = :owner"));
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, JobQuery query) {
        query.state().ifPresent(s -> typed.setParameter("state", s));
        query.kind().ifPresent(k -> typed.setParameter("kind", k));
        query.owner().ifPresent(o -> typed.setParameter("owner", Account.key(o)));
        return typed;
    }
}
