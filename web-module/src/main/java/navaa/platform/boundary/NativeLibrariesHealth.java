package navaa.platform.boundary;

import jakarta.enterprise.context.Dependent;
import navaa.models.NativeLibraries;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when FFmpeg's native code loads: it lives in the domain's library folder
 * (server-config), so a redeployed EAR must still reach it.
 */
@Readiness
@Dependent
public class NativeLibrariesHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("navaa-ffmpeg").up().withData("version", NativeLibraries.ffmpegVersion()).build();
        } catch (LinkageError | RuntimeException e) {
            return HealthCheckResponse.named("navaa-ffmpeg").down().withData("error", String.valueOf(e)).build();
        }
    }
}
