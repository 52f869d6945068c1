package navaa.audio.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.JobStatuses;
import navaa.jobs.boundary.JobViews;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every audio path does with a kind of job, whichever document it follows
 * ({@link AudioRoutes} names the paths): submitting an upload form, finding, listing,
 * downloading and deleting the caller's jobs of that kind. A job of another kind answers 404 here, as another user's does.
 * Application-scoped: it keeps no state of its own (the caller and the upload are request
 * proxies), and a request-scoped one was built, with its EJB references looked up, on
 * every status poll.
 */
@ApplicationScoped
public class AudioJobs {

    @Inject
    Jobs jobs;

    @Inject
    JobViews views;

    @Inject
    JobStatuses statuses;

    @Inject
    CurrentCaller current;

    @Inject
    UploadGate gate;

    @Inject
    AudioUploads uploads;

    /** The request in hand, for the language its answers are told in. */
    @Inject
    HttpServletRequest inHand;

    /**
     * An upload path's answer, told with the path's message. Once the upload has passed the
     * {@link UploadGate}, checks every text field, then stores the files and records the job.
     *
     * @param request the upload as JAX-RS hands it: the request filters have wrapped it
     *                ({@code MultipartGuard} reads its parts), which CDI's request is not
     */
    public JsonObject upload(HttpServletRequest request, UploadForm form, String message) {
        Job job = gate.admit(request, caller -> {
            String parameters = json(form.parameters(field -> uploads.text(request, field)));
            return uploads.storeFor(request, form.files(),
                    inputs -> jobs.submit(caller, form.kind(), inputs.get(0), inputs.stream().skip(1).findFirst(), parameters));
        });
        return AudioFileJson.started(job, message);
    }

    /** A message in the reader's language, as doc 000's family answers. */
    public String told(String key) {
        return Messages.text(key, RequestFacts.locale(inHand));
    }

    public Job find(JobKind kind, long id) {
        Job job = jobs.find(id, current.require());
        if (job.getKind() != kind) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return job;
    }

    /** The caller's files of the kind, newest first. */
    public JsonObject list(JobKind kind, StateWords words) {
        return AudioFileJson.list(jobs.of(current.require(), kind), words, RequestFacts.locale(inHand));
    }

    /** One file's JSON (its status, polled all day), as {@link #status} finds it; 404 when it finds none. */
    public JsonObject file(JobKind kind, long id, StateWords words) {
        return status(kind, id, words, current.require(), RequestFacts.locale(inHand)).map(JobStatuses.Status::json)
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }

    /**
     * A job's answer in a path's words and the reader's language (a failed job's message is
     * rendered in it), for the caller: kept briefly by {@link JobStatuses} for its owner (an
     * admin's look is read afresh), else read the cheap way ({@link JobViews}) and rendered.
     * Empty for a job that is missing, another user's, or of another kind.
     */
    Optional<JobStatuses.Status> status(JobKind kind, long id, StateWords words, Caller caller, Locale locale) {
        Optional<JobStatuses.Status> status = caller.isAdmin()
                ? rendered(id, caller, words, locale)
                : statuses.get(id, words.name() + ":" + locale.toLanguageTag(), () -> rendered(id, caller, words, locale));
        return status.filter(s -> kind.name().equals(s.kind()) && (caller.isAdmin() || s.ownerId() == caller.accountId()));
    }

    private Optional<JobStatuses.Status> rendered(long id, Caller caller, StateWords words, Locale locale) {
        try {
            Job job = views.view(id, caller);
            JsonObject json = AudioFileJson.of(job, words, locale);
            return Optional.of(new JobStatuses.Status(id, caller.isAdmin() ? -1 : caller.accountId(), job.getKind().name(), json,
                    json.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NavaaException notFound) {
            return Optional.empty();
        }
    }

    /** The primary output (doc 000's download paths); 404 until the job has completed. */
    public Response download(JobKind kind, long id, String range) throws IOException {
        return MediaResource.output(find(kind, id), range);
    }

    /** Removes the job and every file of it; answers in the path's words. */
    public JsonObject delete(JobKind kind, long id, String message) {
        jobs.delete(find(kind, id).getId(), current.require());
        return Json.createObjectBuilder().add("status", "success").add("message", message).build();
    }

    private static String json(Map<String, String> parameters) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        parameters.forEach(json::add);
        return json.build().toString();
    }
}
