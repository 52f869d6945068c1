package navaa.jobs.boundary;

import navaa.jobs.control.JobLedger;

import java.util.function.IntConsumer;

/** A step's progress (0–100) told to the job ledger as its share [from, to] of the job, each new percent once. */
final class LedgerProgress {

    private LedgerProgress() {
    }

    static IntConsumer of(JobLedger ledger, long jobId, int from, int to) {
        int[] told = {-1};
        return percent -> {
            int share = from + percent * (to - from) / 100;
            if (share > told[0]) {
                told[0] = share;
                ledger.progressed(jobId, share);
            }
        };
    }
}
