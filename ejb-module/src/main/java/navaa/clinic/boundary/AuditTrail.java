package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.PageRequest;
import navaa.clinic.entity.AccessLogEntry;
import navaa.identity.entity.Account;

import java.util.List;

/**
 * The patient's access log: kept in a transaction of its own, so a refused look is on record
 * even though the request that tried it rolls back. Only ever appended to.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AccessLogEntry entry) {
        em.persist(entry);
    }

    /** Several looks at once (an admin's list of accounts), in one transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<AccessLogEntry> entries) {
        entries.forEach(em::persist);
    }

    /** One entry with who took the look (null once their account is deleted). */
    public record Logged(AccessLogEntry entry, Account actor) {
    }

    public record Page(long count, List<Logged> results) {
    }

    /** A page of the patient's log, newest first, and how many entries it has in all. */
    public Page of(long patientAccountId, PageRequest page) {
        long count = em.createQuery("select count(e) from AccessLogEntry e where e.patientAccountId = :patient", Long.class)
                .setParameter("patient", patientAccountId).getSingleResult();
        List<Logged> results = em.createQuery("select e from AccessLogEntry e where e.patientAccountId = :patient"
                        + " order by e.createdAt desc, e.id desc", AccessLogEntry.class)
                .setParameter("patient", patientAccountId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultStream().map(e -> new Logged(e, em.find(Account.class, e.getActorAccountId()))).toList();
        return new Page(count, results);
    }
}
