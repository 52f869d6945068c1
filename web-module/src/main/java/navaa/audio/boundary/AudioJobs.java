package navaa.audio.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.audio.control.ConcurrencyLimiter;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.boundary.QueuedJobs;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What every audio path does with a kind of job, whichever document it follows:
 * submitting an upload form, finding, listing, downloading and deleting the caller's
 * jobs of that kind. A job of another kind answers 404 here, as another user's does.
 */
@RequestScoped
public class AudioJobs {

    @Inject
    Jobs jobs;

    @Inject
    AudioUploads uploads;

    @Inject
    UploadSlots slots;

    @Inject
    QueuedJobs queued;

    @Inject
    CurrentCaller current;

    /** The request in hand, for the language its failures are told in. */
    @Inject
    HttpServletRequest inHand;

    /**
     * Checks the declared size, takes one of the caller's upload places (429 when all are
     * taken) and looks for room among their queued jobs (429) before the body is read,
     * checks every text field, then stores the files and records the job (where the queued
     * jobs are counted again, under a lock). The place is given back however this ends.
     */
    public Job submit(HttpServletRequest request, UploadForm form) {
        uploads.refuseOversized(request);
        Caller caller = current.require();
        try (ConcurrencyLimiter.Permit place = slots.take(caller)) {
            queued.requireRoom(caller.accountId());
            String parameters = json(form.parameters(field -> uploads.text(request, field)));
            List<JobInput> inputs = uploads.store(request, form.files());
            try {
                return jobs.submit(caller, form.kind().name(), inputs.get(0), inputs.stream().skip(1).findFirst(), parameters);
            } catch (RuntimeException e) {
                uploads.discard(inputs);
                throw e;
            }
        }
    }

    public Job find(AudioKind kind, long id) {
        Job job = jobs.find(id, current.require());
        if (!kind.name().equals(job.getKind())) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return job;
    }

    /** The caller's files of the kind, newest first. */
    public JsonObject list(AudioKind kind, StateWords words) {
        return AudioFileJson.list(jobs.of(current.require(), kind.name()), words, RequestFacts.locale(inHand));
    }

    public JsonObject file(AudioKind kind, long id, StateWords words) {
        return AudioFileJson.of(find(kind, id), words, RequestFacts.locale(inHand));
    }

    /** The primary output (doc 000's download paths); 404 until the job has completed. */
    public Response download(AudioKind kind, long id, String range) throws IOException {
        return MediaResource.output(find(kind, id), range);
    }

    /** Removes the job and every file of it; answers in the path's words. */
    public JsonObject delete(AudioKind kind, long id, String message) {
        jobs.delete(find(kind, id).getId(), current.require());
        return Json.createObjectBuilder().add("status", "success").add("message", message).build();
    }

    private static String json(Map<String, String> parameters) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        parameters.forEach(json::add);
        return json.build().toString();
    }
}
