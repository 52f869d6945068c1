package navaa.platform.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.boundary.Public;
import navaa.identity.entity.Caller;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.stream.Stream;

/**
 * MicroProfile Health's endpoints, served by the application rather than by Payara
 * (whose endpoint is switched off by configure.sh): Payara's answers everyone with every
 * check's data (database product, schema version, FFmpeg version, queue depth), and its
 * only protection is a realm role, which none of Navaa's callers has. Here anyone gets
 * the overall UP or DOWN (200 or 503, as the specification says) and administrators, by
 * any of the four ways in, the checks with their data.
 */
@Path("health")
@Public
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Inject
    @Startup
    Instance<HealthCheck> startup;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "UP or DOWN (200 or 503) over every check; administrators get each check's data")
    public Response health() {
        return answer(Stream.of(readiness, liveness, startup).flatMap(HealthResource::run).toList());
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness: database, JMS broker, signing key, FFmpeg, model files")
    public Response ready() {
        return answer(run(readiness).toList());
    }

    @GET
    @Path("live")
    @Operation(summary = "Liveness")
    public Response live() {
        return answer(run(liveness).toList());
    }

    @GET
    @Path("started")
    @Operation(summary = "Startup")
    public Response started() {
        return answer(run(startup).toList());
    }

    /** Each check called once and its instance destroyed: they are dependent beans, made anew for every call. */
    private static Stream<HealthCheckResponse> run(Instance<HealthCheck> checks) {
        return checks.handlesStream().map(handle -> {
            try {
                return call(handle.get());
            } finally {
                handle.destroy();
            }
        });
    }

    private Response answer(List<HealthCheckResponse> results) {
        boolean up = results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN");
        if (current.get().filter(Caller::isAdmin).isPresent()) {
            JsonArrayBuilder listed = Json.createArrayBuilder();
            results.forEach(r -> listed.add(json(r)));
            body.add("checks", listed);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.status(up ? 200 : 503).entity(body.build()).cacheControl(noStore).build();
    }

    /** A check that throws is DOWN, as the specification has the runtime treat it. */
    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
        }
    }

    private static JsonObjectBuilder json(HealthCheckResponse response) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        response.getData().ifPresent(values -> values.forEach((key, value) -> {
            if (value instanceof Number number) {
                data.add(key, number.longValue());
            } else if (value instanceof Boolean flag) {
                data.add(key, flag);
            } else {
                data.add(key, String.valueOf(value));
            }
        }));
        return Json.createObjectBuilder().add("name", response.getName())
                .add("status", response.getStatus().name()).add("data", data);
    }
}
