package navaa.jobs.boundary;

import navaa.jobs.control.JobLedgers;

import java.util.logging.Logger;

/**
 * The end of an execution's run through a resumable step, for the job's record of its runs.
 * A reader closes in the transaction of the step's last chunk, which a failure has marked
 * for rollback: the record may then not be written, and that is no reason to add a second
 * failure to the first.
 */
final class RunRecord {

    private static final Logger LOG = Logger.getLogger(RunRecord.class.getName());

    private RunRecord() {
    }

    static void ended(long jobId, long executionId, String step, long processed) {
        try {
            JobLedgers.lookup().runEnded(jobId, executionId, step, processed);
        } catch (RuntimeException e) {
            LOG.fine(() -> "the end of job " + jobId + "'s run in batch execution " + executionId + " is not recorded: " + e);
        }
    }
}
