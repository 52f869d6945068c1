package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Makes sure a doctor's profile row exists, in a transaction of its own: a skipped
 * duplicate insert holds a shared lock on the key until its transaction ends, and two
 * first edits that then asked for the row's write lock in the same transaction deadlocked.
 */
@Stateless
public class DoctorProfileRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(long accountId) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT IGNORE INTO doctor_profiles (account_id, created_at, updated_at) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, now).setParameter(3, now).executeUpdate();
    }
}
