package navaa.platform.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the migrations have run. Dependent, not
 * application scoped: Payara calls health checks of an EAR with no CDI context active.
 */
@Readiness
@Dependent
public class DatabaseHealth implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("navaa-database").up().withData("database", probe.check()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("navaa-database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
