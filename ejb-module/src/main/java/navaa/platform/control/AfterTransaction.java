package navaa.platform.control;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a cache eviction now and, when a transaction is under way, once more after it ends:
 * before the commit, another request can still read the old rows and cache them again.
 * A transaction already completing (a JPA listener called by the flush at commit) may take
 * no more synchronizations; then the eviction at flush time is the one, and what another
 * request caches in the moment up to the commit lives the cache's short lifetime at most.
 */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    public static void nowAndAfter(TransactionSynchronizationRegistry transactions, Runnable eviction) {
        eviction.run();
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the change is not visible to other transactions yet
                }

                @Override
                public void afterCompletion(int status) {
                    eviction.run();
                }
            });
        } catch (IllegalStateException completing) {
            // see above: the eviction already made stands
        }
    }
}
