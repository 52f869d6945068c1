package navaa.jobs.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.integration.boundary.JobEvents;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobAlreadyEnded;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.RunStart;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobRun;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The job record, as the batch steps read and update it. */
@Stateless
@Local(JobLedger.class)
public class JobLedgerBean implements JobLedger {

    private static final Logger LOG = Logger.getLogger(JobLedgerBean.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaFolders folders;

    @Inject
    JobEvents events;

    @Override
    public AudioTask task(long jobId) {
        Job job = job(jobId);
        Map<String, String> parameters = new HashMap<>();
        JsonObject json = Json.createReader(new StringReader(job.getParameters())).readObject();
        json.forEach((name, value) -> parameters.put(name, json.getString(name)));
        return new AudioTask(jobId, job.getKind(), job.getInputPath(), job.getSamplePath().orElse(null),
                folders.work(jobId).toString(), folders.output(jobId).toString(), stem(job.getInputName()),
                job.getInputFormat(), job.getSampleRate(), job.getChannels(),
                Math.round(job.getDuration() * job.getSampleRate()), job.getBitRate(), Map.copyOf(parameters));
    }

    /**
     * @throws JobAlreadyEnded when the job has already ended: it was cancelled after its
     *         request was taken (no execution to stop yet) or between two steps, so the step
     *         fails and the execution ends without doing the work
     */
    @Override
    public void processing(long jobId, long executionId) {
        Job job = job(jobId);
        if (job.getState().finished()) {
            throw new JobAlreadyEnded("job " + jobId + " has already ended (" + job.getState().value() + ")");
        }
        if (job.processing(executionId)) {
            events.changed(job);
        }
    }

    @Override
    public void progressed(long jobId, int percent) {
        Job job = job(jobId);
        if (job.progressed(percent)) {
            events.changed(job);
        }
    }

    @Override
    public void finished(long jobId, LinkedHashMap<String, String> outputs, String resultJson) {
        Job job = job(jobId);
        if (job.completed(outputs, resultJson)) {
            events.changed(job);
            LOG.info(() -> "job " + jobId + " (" + job.getKind() + ") completed in "
                    + Duration.between(job.getCreatedAt(), Instant.now()).toSeconds() + " s");
        }
    }

    /** In a transaction of its own: the failing step's transaction is rolled back. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(long jobId, JobFailure failure) {
        Optional<Job> job = Optional.ofNullable(em.find(Job.class, jobId));
        if (job.isEmpty() || !job.get().failed(failure)) {
            return false;
        }
        events.changed(job.get());
        return true;
    }

    @Override
    public void runStarted(long jobId, long executionId, RunStart start) {
        job(jobId);
        em.persist(new JobRun(jobId, executionId, start.step(), start.unit(), start.from(), start.total()));
        if (start.from() > 0) {
            LOG.info(() -> "job " + jobId + " continues its step " + start.step() + " in batch execution " + executionId
                    + " from " + start.from() + " of " + start.total() + " " + start.unit());
        }
    }

    @Override
    public void runEnded(long jobId, long executionId, String step, long processed) {
        em.createNamedQuery(JobRun.OF_EXECUTION, JobRun.class)
                .setParameter("job", jobId).setParameter("execution", executionId).setParameter("step", step)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(run -> run.ended(processed));
    }

    private Job job(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            throw new JobAlreadyEnded("job " + jobId + " does not exist (deleted while running?)");
        }
        return job;
    }

    private static String stem(String name) {
        String base = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
