package navaa.audio.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import navaa.audio.control.ConcurrencyLimiter;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audio family's cap on uploads in flight per user (api-map, "Rate limits": 10
 * concurrent uploads, doc 000), beside the 100 requests a minute that RateLimitFilter
 * counts. A place is held from before the body is read until the job is recorded, so a
 * slow client holds it for as long as its upload takes.
 */
@ApplicationScoped
public class UploadSlots {

    /** Nothing says when a place frees up; a few seconds is how often doc 001 tells clients to poll. */
    static final long RETRY_AFTER_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "navaa.upload.concurrent-per-user", defaultValue = "10")
    int perUser;

    private ConcurrencyLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new ConcurrencyLimiter(perUser);
    }

    /** A place for one upload of the caller; 429 in the family's shape when all are taken. */
    public ConcurrencyLimiter.Permit take(Caller caller) {
        return limiter.tryAcquire("user:" + caller.accountId())
                .orElseThrow(() -> NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, RETRY_AFTER_SECONDS));
    }
}
