package navaa.integration.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Every few seconds, closes the processing sockets whose credentials have ended: a socket
 * gets no events once its credential is gone (each send checks it), but one of a user who
 * signed out, or whose password an admin reset, should not stay open either.
 */
@ApplicationScoped
public class SignedOutSockets {

    /** How stale an open socket's sign-in may get; the credential cache adds its second. */
    static final long CHECK_SECONDS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProcessingSessions sessions;

    private ScheduledFuture<?> checks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        checks = scheduler.scheduleWithFixedDelay(sessions::closeSignedOut, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (checks != null) {
            checks.cancel(false);
        }
    }
}
