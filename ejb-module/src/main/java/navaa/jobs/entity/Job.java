package navaa.jobs.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import navaa.identity.entity.Account;
import navaa.identity.entity.AccountOwned;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobKind;


import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One processing job: what was uploaded, what to do with it, how far it got, what came out. */
@Entity
@Table(name = "jobs")
@NamedQuery(name = Job.OF_OWNER, query = "select j from Job j where j.account.id = :owner and j.kind = :kind order by j.id desc")
@NamedQuery(name = Job.UNFINISHED, query = "select j from Job j where j.state in (navaa.jobs.entity.JobState.PENDING, navaa.jobs.entity.JobState.PROCESSING)")
public class Job extends AccountOwned {

    public static final String OF_OWNER = "Job.ofOwner";
    public static final String UNFINISHED = "Job.unfinished";

    @Enumerated(EnumType.STRING)
    private JobKind kind;

    @Enumerated(EnumType.STRING)
    private JobState state = JobState.PENDING;

    private int progress;

    /** Why it failed: a code clients render in their language; the detail is in the server log. */
    @Enumerated(EnumType.STRING)
    @Column(name = "error_code")
    private JobFailure failure;

    private String inputName;
    private String inputPath;
    private String inputFormat;
    private long inputSize;
    private double duration;
    private int sampleRate;
    private int channels;
    private long bitRate;

    /** The service's knobs, as a JSON object. */
    private String parameters;

    private String sampleName;
    private String samplePath;

    /** The primary output; {@link #outputs} names every output. */
    private String outputPath;

    /** Output name → file path, as a JSON object. */
    private String outputs;

    /** The server run that started the job's current batch execution. */
    private String runner;

    /** How many times a server run has started the job. */
    private int attempts;

    /** What the service measured or decided, as a JSON object. */
    private String result;

    private Long executionId;

    private Instant createdAt;
    private Instant startedAt;
    private Instant completedAt;

    @Version
    private long version;

    protected Job() {
    }

    public Job(Account account, JobKind kind, JobInput input, String parameters) {
        super(account);
        this.kind = kind;
        this.inputName = input.name();
        this.inputPath = input.path();
        this.inputFormat = input.format();
        this.inputSize = input.size();
        this.duration = input.duration();
        this.sampleRate = input.sampleRate();
        this.channels = input.channels();
        this.bitRate = input.bitRate();
        this.parameters = parameters;
        this.createdAt = Instant.now();
    }

    /** The target speaker's sample, for speaker extraction. */
    public void sample(JobInput sample) {
        this.sampleName = sample.name();
        this.samplePath = sample.path();
    }

    /**
     * Claims the job for server run {@code run}; false when that run already has it, so a
     * redelivered request never starts a second execution of the same job.
     */
    public boolean claim(String run) {
        if (state.finished() || run.equals(runner)) {
            return false;
        }
        runner = run;
        attempts++;
        return true;
    }

    /** Whether server run {@code run} started the job's current execution. */
    public boolean claimedBy(String run) {
        return run.equals(runner);
    }

    /** Undoes {@link #claim}: the execution could not be started. */
    public void release() {
        runner = null;
        attempts = Math.max(0, attempts - 1);
    }

    /**
     * Started by an earlier server run that ended without finishing it (or, from before
     * runs were recorded, left processing).
     */
    public boolean orphanedBy(String currentRun) {
        if (state.finished()) {
            return false;
        }
        return runner == null ? state == JobState.PROCESSING : !runner.equals(currentRun);
    }

    /** @return whether the job has just become processing, or moved to another execution */
    public boolean processing(long executionId) {
        if (state.finished() || (state == JobState.PROCESSING && Long.valueOf(executionId).equals(this.executionId))) {
            return false;
        }
        state = JobState.PROCESSING;
        this.executionId = executionId;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        return true;
    }

    /**
     * Progress only moves forward: a restarted execution repeats no more than one chunk.
     * A finished job's stays where it ended, so a cancelled job's execution, still busy
     * with its last chunk, does not move it.
     *
     * @return whether the progress moved
     */
    public boolean progressed(int percent) {
        if (state.finished()) {
            return false;
        }
        int before = progress;
        progress = Math.max(progress, Math.min(99, percent));
        return progress != before;
    }

    /**
     * @param outputs output name → file path; the first one is the primary output
     * @return false when the job had already ended: a job cancelled during its last step stays failed
     */
    public boolean completed(LinkedHashMap<String, String> outputs, String result) {
        if (state.finished()) {
            return false;
        }
        this.state = JobState.COMPLETED;
        this.progress = 100;
        this.outputPath = outputs.values().iterator().next();
        JsonObjectBuilder named = Json.createObjectBuilder();
        outputs.forEach(named::add);
        this.outputs = named.build().toString();
        this.result = result;
        this.completedAt = Instant.now();
        return true;
    }

    /**
     * Fails an unfinished job; a finished one keeps its outcome (and a failed one its first reason).
     *
     * @return whether the job failed now
     */
    public boolean failed(JobFailure why) {
        if (state.finished()) {
            return false;
        }
        this.state = JobState.FAILED;
        this.failure = why;
        this.completedAt = Instant.now();
        return true;
    }

    /**
     * Makes a failed job pending again with its original input and parameters, as if just
     * submitted: nothing of the failed run (progress, outputs, the runs that claimed it,
     * its execution) is kept, so the restart logic sees a new job.
     */
    public void retry() {
        if (state != JobState.FAILED) {
            throw new IllegalStateException("only a failed job can be retried; job " + getId() + " is " + state.value());
        }
        state = JobState.PENDING;
        progress = 0;
        failure = null;
        outputPath = null;
        outputs = null;
        result = null;
        runner = null;
        attempts = 0;
        executionId = null;
        startedAt = null;
        completedAt = null;
    }

    public JobKind getKind() { return kind; }
    public JobState getState() { return state; }
    public int getProgress() { return progress; }
    public Optional<JobFailure> getFailure() { return Optional.ofNullable(failure); }
    public String getInputName() { return inputName; }
    public String getInputPath() { return inputPath; }
    public String getInputFormat() { return inputFormat; }
    public long getInputSize() { return inputSize; }
    public double getDuration() { return duration; }
    public int getSampleRate() { return sampleRate; }
    public int getChannels() { return channels; }
    public long getBitRate() { return bitRate; }
    public String getParameters() { return parameters; }
    public String getOutputPath() { return outputPath; }
    public Optional<String> getSampleName() { return Optional.ofNullable(sampleName); }
    public Optional<String> getSamplePath() { return Optional.ofNullable(samplePath); }
    public int getAttempts() { return attempts; }

    /** Output name → file path, in the order the job wrote them; empty until completed. */
    public Map<String, String> getOutputs() {
        Map<String, String> named = new LinkedHashMap<>();
        if (outputs != null) {
            JsonObject json = Json.createReader(new StringReader(outputs)).readObject();
            json.forEach((name, path) -> named.put(name, json.getString(name)));
        }
        return named;
    }
    public String getResult() { return result; }
    public Long getExecutionId() { return executionId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
