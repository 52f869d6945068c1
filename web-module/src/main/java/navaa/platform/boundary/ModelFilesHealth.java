package navaa.platform.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;

/** Ready only when every model weight file is present and has its expected sha256. */
@Readiness
@Dependent
public class ModelFilesHealth implements HealthCheck {

    @Inject
    ModelFiles files;

    @Override
    public HealthCheckResponse call() {
        List<String> problems = files.problems();
        return problems.isEmpty()
                ? HealthCheckResponse.named("navaa-models").up().build()
                : HealthCheckResponse.named("navaa-models").down().withData("problems", String.join("; ", problems)).build();
    }
}
