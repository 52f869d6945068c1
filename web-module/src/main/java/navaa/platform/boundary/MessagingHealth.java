package navaa.platform.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import navaa.integration.boundary.JobQueues;
import navaa.integration.boundary.PlatformSignatures;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the JMS broker answers on the job-request queue and the platform can sign
 * its messages (without the key no job request it sends is taken).
 */
@Readiness
@Dependent
public class MessagingHealth implements HealthCheck {

    @Inject
    JobQueues queues;

    @Inject
    PlatformSignatures signatures;

    @Override
    public HealthCheckResponse call() {
        if (signatures.problem().isPresent()) {
            return HealthCheckResponse.named("navaa-messaging").down().withData("error", signatures.problem().get()).build();
        }
        try {
            return HealthCheckResponse.named("navaa-messaging").up().withData("pendingJobRequests", queues.pendingRequests()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("navaa-messaging").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
