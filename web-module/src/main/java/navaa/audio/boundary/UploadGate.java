package navaa.audio.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import navaa.audio.control.ConcurrencyLimiter;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.QueuedJobs;

import java.util.function.Function;

/**
 * What every upload that makes a job passes before its body is read: the declared size
 * (413), one of the caller's upload places (429 when all are taken) and room among their
 * queued jobs (429, counted again under a lock when the job is recorded). The place is
 * given back however the upload ends.
 */
@ApplicationScoped
public class UploadGate {

    @Inject
    AudioUploads uploads;

    @Inject
    UploadSlots slots;

    @Inject
    QueuedJobs queued;

    @Inject
    CurrentCaller current;

    /** Runs {@code upload} for the caller once the request has passed. */
    public <T> T admit(HttpServletRequest request, Function<Caller, T> upload) {
        uploads.refuseOversized(request);
        Caller caller = current.require();
        try (ConcurrencyLimiter.Permit place = slots.take(caller)) {
            queued.requireRoom(caller.accountId());
            return upload.apply(caller);
        }
    }
}
