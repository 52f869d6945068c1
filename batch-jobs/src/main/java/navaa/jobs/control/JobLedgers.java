package navaa.jobs.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where the batch steps find the {@link JobLedger}: through JNDI, which every part of the
 * application can see whatever its class loader. Not a static method of the interface: the
 * EJB container takes every method of a local business interface for a business method and
 * warns at each deployment that the bean has none of that name.
 */
public final class JobLedgers {

    static final String JNDI = "java:app/navaa-ejb/JobLedgerBean!navaa.jobs.control.JobLedger";

    private JobLedgers() {
    }

    public static JobLedger lookup() {
        try {
            return InitialContext.doLookup(JNDI);
        } catch (NamingException e) {
            throw new IllegalStateException("the job ledger is not deployed at " + JNDI, e);
        }
    }
}
