package navaa.jobs.entity;

import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.jobs.control.JobKind;
import navaa.jobs.control.JobFailure;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobTest {

    private static Job job() {
        Account owner = new Account("ali", "hash", EnumSet.of(Role.USER));
        return new Job(owner, JobKind.DENOISE, new JobInput("talk.wav", "/data/talk.wav", "wav", 1000, 60, 16000, 1, 256000), "{}");
    }

    private static LinkedHashMap<String, String> output() {
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        outputs.put("output", "/data/out.wav");
        return outputs;
    }

    @Test
    void aCancelledJobStaysFailedWhateverItsExecutionStillReports() {
        Job job = job();
        job.processing(7);
        job.progressed(40);
        assertTrue(job.failed(JobFailure.CANCELLED_BY_ADMIN));

        assertFalse(job.progressed(60), "the last chunk of a stopped execution does not move the progress");
        assertFalse(job.completed(output(), "{}"), "an encode that ends after the cancel does not complete the job");
        assertFalse(job.failed(JobFailure.INTERNAL), "the stopped execution's own failure comes second");

        assertEquals(JobState.FAILED, job.getState());
        assertEquals(40, job.getProgress());
        assertEquals(Optional.of(JobFailure.CANCELLED_BY_ADMIN), job.getFailure(), "the first reason is kept");
    }

    @Test
    void aRetriedJobIsPendingAgainWithNothingOfItsFailedRun() {
        Job job = job();
        job.claim("run-1");
        job.processing(7);
        job.progressed(55);
        job.failed(JobFailure.INPUT_UNREADABLE);

        job.retry();

        assertEquals(JobState.PENDING, job.getState());
        assertEquals(0, job.getProgress());
        assertEquals(Optional.empty(), job.getFailure());
        assertNull(job.getExecutionId());
        assertNull(job.getCompletedAt());
        assertEquals(0, job.getAttempts());
        assertFalse(job.claimedBy("run-1"));
        assertTrue(job.claim("run-1"), "the same server run can start it again");
        assertEquals("/data/talk.wav", job.getInputPath(), "with its original input");
    }

    @Test
    void onlyAFailedJobCanBeRetried() {
        Job job = job();
        assertThrows(IllegalStateException.class, job::retry);
        job.processing(1);
        job.completed(output(), "{}");
        assertThrows(IllegalStateException.class, job::retry);
    }
}
