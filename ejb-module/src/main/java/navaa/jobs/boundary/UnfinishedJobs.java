package navaa.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash, executions the server was running stay STARTED in the batch repository.
 * At start nothing of ours runs yet, so every such execution is one a crash interrupted:
 * it is restarted with its original parameters and resumes from its last checkpoint.
 * <p>
 * Also the first use of the batch runtime, which creates its tables on a new database:
 * bean-managed, because MariaDB refuses DDL inside an XA transaction.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class UnfinishedJobs {

    private static final Logger LOG = Logger.getLogger(UnfinishedJobs.class.getName());

    @PostConstruct
    void resume() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> interrupted;
        try {
            interrupted = operator.getRunningExecutions(JobRequestListener.AUDIO_JOB);
        } catch (NoSuchJobException e) {
            return;
        }
        for (long execution : interrupted) {
            try {
                long restarted = operator.restart(execution, operator.getParameters(execution));
                LOG.info(() -> "batch execution " + execution + " was interrupted; resumed as " + restarted);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "cannot resume interrupted batch execution " + execution, e);
            }
        }
    }
}
