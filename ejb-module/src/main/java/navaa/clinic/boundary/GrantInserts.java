package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.entity.AccessGrant;

/**
 * Stores a new grant in a transaction of its own: should its random code already be taken,
 * the unique key refuses it and only this insert rolls back, so the caller draws another code.
 */
@Stateless
public class GrantInserts {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AccessGrant insert(AccessGrant grant) {
        em.persist(grant);
        em.flush();
        return grant;
    }
}
