package navaa.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.integration.boundary.JobEvents;
import navaa.integration.boundary.PlatformSignatures;
import navaa.integration.control.MessageSignature.Purpose;
import navaa.jobs.control.Folders;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.jobs.entity.JobRun;
import navaa.jobs.entity.JobState;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import navaa.platform.control.Ownership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Jobs as their owners see them: submitted, listed, looked at, deleted. Submitting stores
 * the record and sends the request to the job queue in one transaction, so a job is
 * never recorded without being requested, nor requested without a record.
 */
@Stateless
public class Jobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/navaa/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/navaa/JobRequests")
    Queue requests;

    @Inject
    MediaFolders folders;

    @Inject
    JobEvents events;

    @Inject
    QueuedJobs queued;

    @Inject
    PlatformSignatures signatures;

    public Job submit(Caller caller, JobKind kind, JobInput input, String parametersJson) {
        return submit(caller, kind, input, Optional.empty(), parametersJson);
    }

    /** A job with a second upload: the target speaker's sample of a speaker extraction. */
    public Job submit(Caller caller, JobKind kind, JobInput input, Optional<JobInput> sample, String parametersJson) {
        return submit(caller.accountId(), kind, input, sample, parametersJson);
    }

    /**
     * A job for an account, e.g. one an integration asked for over JMS on behalf of a file's
     * owner. The account's row is locked first, so submissions of one user queue there and
     * each sees the jobs the ones before it recorded: parallel uploads cannot pass the cap
     * on queued jobs together.
     *
     * @throws NavaaException 429 at the cap on the user's pending and processing jobs
     */
    public Job submit(long ownerId, JobKind kind, JobInput input, Optional<JobInput> sample, String parametersJson) {
        em.find(Account.class, ownerId, LockModeType.PESSIMISTIC_WRITE);
        queued.requireRoom(ownerId);
        Job job = new Job(em.getReference(Account.class, ownerId), kind, input, parametersJson);
        sample.ifPresent(job::sample);
        em.persist(job);
        em.flush();
        request(job);
        return job;
    }

    /**
     * Runs a failed job again, as submitted: same id, input and parameters, so its owner's
     * client sees it go back to pending and on. What the failed run left (a resume point,
     * partial outputs, the record of its runs) is removed first, so the new execution starts
     * from the beginning.
     */
    public Job resubmit(long id) {
        Job job = Optional.ofNullable(em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (job.getState() != JobState.FAILED) {
            throw new NavaaException(ErrorCode.JOB_NOT_RETRYABLE, job.getState().value());
        }
        boolean inputsKept = Files.isRegularFile(Path.of(job.getInputPath()))
                && job.getSamplePath().map(sample -> Files.isRegularFile(Path.of(sample))).orElse(true);
        if (!inputsKept) {
            throw new NavaaException(ErrorCode.JOB_INPUT_MISSING);
        }
        Folders.delete(folders.work(id));
        Folders.delete(folders.output(id));
        em.createNamedQuery(JobRun.FORGET).setParameter("job", id).executeUpdate();
        job.retry();
        request(job);
        return job;
    }

    /**
     * The job queue's request to run the job, and the event that it is pending, both with the
     * caller's transaction. Signed: integrations may send to the same queue, and the listener
     * takes a bare job id only from the platform itself.
     */
    private void request(Job job) {
        String body = Json.createObjectBuilder().add("jobId", job.getId()).build().toString();
        jms.createProducer().setProperty(PlatformSignatures.PROPERTY, signatures.sign(Purpose.JOB_REQUEST, body)).send(requests, body);
        events.changed(job);
    }

    /** Any job by id, for integrations that name a stored file; no owner check. */
    public Optional<Job> find(long id) {
        return Optional.ofNullable(em.find(Job.class, id));
    }

    public Job find(long id, Caller caller) {
        return Ownership.visible(Optional.ofNullable(em.find(Job.class, id)), caller.accountId(), caller.isAdmin());
    }

    public List<Job> of(Caller caller, JobKind kind) {
        return em.createNamedQuery(Job.OF_OWNER, Job.class)
                .setParameter("owner", caller.accountId()).setParameter("kind", kind).getResultList();
    }

    /** Removes the record and every file of the job: upload, work and output. */
    public void delete(long id, Caller caller) {
        Job job = find(id, caller);
        em.remove(job);
        Folders.delete(Path.of(job.getInputPath()).getParent());
        job.getSamplePath().ifPresent(sample -> Folders.delete(Path.of(sample).getParent()));
        Folders.delete(folders.work(job.getId()));
        if (job.getOutputPath() != null) {
            Folders.delete(Path.of(job.getOutputPath()).getParent());
        }
    }
}
