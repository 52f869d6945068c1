package navaa.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.admin.control.Summary;
import navaa.identity.entity.Role;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The numbers of the console's first page, counted by the database. */
@Stateless
public class Dashboard {

    static final int RECENT_FAILURES = 10;

    @PersistenceContext
    EntityManager em;

    public Summary summary() {
        return new Summary(jobsByState(), users(), recentFailures());
    }

    private Map<JobState, Long> jobsByState() {
        Map<JobState, Long> counts = new EnumMap<>(JobState.class);
        for (JobState state : JobState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select j.state, count(j) from Job j group by j.state", Object[].class).getResultList()
                .forEach(row -> counts.put((JobState) row[0], (Long) row[1]));
        return counts;
    }

    private Summary.Users users() {
        long total = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        long active = em.createQuery("select count(a) from Account a where a.active = true", Long.class).getSingleResult();
        long admins = em.createQuery("select count(distinct a) from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        return new Summary.Users(total, active, admins);
    }

    private List<Job> recentFailures() {
        return em.createQuery("select j from Job j join fetch j.account where j.state = :failed order by j.completedAt desc, j.id desc", Job.class)
                .setParameter("failed", JobState.FAILED)
                .setMaxResults(RECENT_FAILURES)
                .getResultList();
    }
}
