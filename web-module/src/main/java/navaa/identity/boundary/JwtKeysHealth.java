package navaa.identity.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Tokens cannot be issued without the signing key: say so here rather than at a client's first login. */
@Readiness
@Dependent
public class JwtKeysHealth implements HealthCheck {

    @Inject
    JwtKeys keys;

    @Override
    public HealthCheckResponse call() {
        return keys.problem()
                .map(problem -> HealthCheckResponse.named("navaa-jwt-keys").down().withData("error", problem).build())
                .orElseGet(() -> HealthCheckResponse.named("navaa-jwt-keys").up().build());
    }
}
