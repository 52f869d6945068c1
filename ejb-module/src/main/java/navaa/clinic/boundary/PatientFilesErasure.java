package navaa.clinic.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import navaa.identity.entity.Account;
import navaa.identity.entity.AccountsTouched;

import java.util.List;

/**
 * A deleted patient's medical files leave the disk with their rows: the names are read while
 * the rows still exist and the files removed only once the deletion has committed, so a
 * deletion that rolls back keeps every file its rows point to.
 */
@ApplicationScoped
public class PatientFilesErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    MedicalFileStore store;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    void onDeletion(@Observes AccountsTouched touched) {
        if (!"account.delete".equals(touched.action())) {
            return;
        }
        List<Long> ids = touched.accounts().stream().map(Account::getId).toList();
        List<String> names = em.createQuery("select f.storedName from MedicalFile f where f.patientAccountId in :ids", String.class)
                .setParameter("ids", ids).getResultList();
        if (!names.isEmpty()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the rows are not gone yet
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        names.forEach(store::delete);
                    }
                }
            });
        }
    }
}
