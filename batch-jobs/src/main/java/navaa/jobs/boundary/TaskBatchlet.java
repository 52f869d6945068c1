package navaa.jobs.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.JobLedgers;

/**
 * A step that does its work in one go on the job's task (finding speech, the target speaker,
 * the diarization's result, the encoding): the job comes from the step's {@code jobId}
 * property, the task from the job ledger.
 */
abstract class TaskBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String jobId;

    @Override
    public final String process() throws Exception {
        JobLedger ledger = JobLedgers.lookup();
        run(ledger, ledger.task(Long.parseLong(jobId)));
        return "COMPLETED";
    }

    /** The step's work; a step whose result is already in the work folder skips it. */
    abstract void run(JobLedger ledger, AudioTask task) throws Exception;
}
