package navaa.jobs.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * One batch execution's pass through a resumable step of a job: where it started (0 for
 * the first, the resume point for one that continued after a crash), out of how much, and,
 * when the step closed, how much it did. An execution a crash killed has no end, so the
 * record of a resumed job shows its work split between the runs.
 */
@Entity
@Table(name = "job_runs")
@NamedQuery(name = JobRun.OF_JOB, query = "select r from JobRun r where r.jobId = :job order by r.id")
@NamedQuery(name = JobRun.OF_EXECUTION, query = "select r from JobRun r where r.jobId = :job and r.executionId = :execution"
        + " and r.step = :step order by r.id desc")
@NamedQuery(name = JobRun.FORGET, query = "delete from JobRun r where r.jobId = :job")
public class JobRun extends NumberedEntity {

    public static final String OF_JOB = "JobRun.ofJob";
    public static final String OF_EXECUTION = "JobRun.ofExecution";
    public static final String FORGET = "JobRun.forget";

    private long jobId;

    private long executionId;

    private String step;

    private String unit;

    private long startPosition;

    private long total;

    private Long processed;

    private Instant startedAt;

    private Instant endedAt;

    protected JobRun() {
    }

    public JobRun(long jobId, long executionId, String step, String unit, long startPosition, long total) {
        this.jobId = jobId;
        this.executionId = executionId;
        this.step = step;
        this.unit = unit;
        this.startPosition = startPosition;
        this.total = total;
        this.startedAt = Instant.now();
    }

    /** The step closed (completed, failed or stopped) after doing {@code units} of its work. */
    public void ended(long units) {
        this.processed = units;
        this.endedAt = Instant.now();
    }

    public long getExecutionId() { return executionId; }
    public String getStep() { return step; }
    public String getUnit() { return unit; }
    public long getStartPosition() { return startPosition; }
    public long getTotal() { return total; }
    public Optional<Long> getProcessed() { return Optional.ofNullable(processed); }
    public Instant getStartedAt() { return startedAt; }
    public Optional<Instant> getEndedAt() { return Optional.ofNullable(endedAt); }
}
