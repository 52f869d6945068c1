package navaa.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash, the jobs the server was running stay unfinished; at start they are
 * resumed from their last resume point ({@link BatchJobs}). Checked again every minute:
 * a job whose record a crash left locked by an in-doubt transaction can be taken over
 * once transaction recovery has settled it.
 */
@Singleton
@Startup
// resumed jobs decode under the configured ceiling, not the library default
@DependsOn({"Migrations", "DecodeCeiling"})
@TransactionManagement(TransactionManagementType.BEAN)
public class UnfinishedJobs {

    private static final Logger LOG = Logger.getLogger(UnfinishedJobs.class.getName());

    @Inject
    BatchJobs batch;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void resumeLater() {
        resume();
    }

    @PostConstruct
    void resume() {
        try {
            batch.resumeOrphans();
        } catch (EJBException | java.util.ServiceConfigurationError e) {
            // the application still starts, so /health and the logs can say what is wrong
            LOG.log(Level.SEVERE, "the batch runtime cannot start; no interrupted job is resumed", e);
        }
    }
}
