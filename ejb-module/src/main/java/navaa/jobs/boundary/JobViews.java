package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.jobs.entity.Job;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

/**
 * A job as its owner (or an admin) reads it: the status every client polls all day. One
 * query for the job's own row, read-only and with no transaction, the owner compared by
 * the foreign key, so neither the account nor its roles are loaded (the ownership check of
 * {@link Jobs#find} reads them through the job). Another user's job is not found, exactly
 * as a missing one: the platform's ownership rule, in the query.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JobViews {

    /** EclipseLink's hint: the result is not registered for changes, so building it costs less. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    public Job view(long id, Caller caller) {
        TypedQuery<Job> query = caller.isAdmin()
                ? em.createQuery("select j from Job j where j.id = :id", Job.class)
                : em.createQuery("select j from Job j where j.id = :id and j.account = :owner", Job.class)
                        .setParameter("owner", em.getReference(Account.class, caller.accountId()));
        return query.setParameter("id", id).setHint(READ_ONLY, "true").getResultList().stream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }
}
