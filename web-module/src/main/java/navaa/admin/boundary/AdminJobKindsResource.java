package navaa.admin.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonCollectors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.AdminOnly;
import navaa.jobs.control.JobKind;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of job this server runs, for the console's filters and labels: the engine's list, so the console keeps no copy. */
@Path("api/admin/job-kinds")
@AdminOnly
@Tag(name = "admin")
public class AdminJobKindsResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "{kinds: [{kind, name, service, outputs}]}: every job kind, named in the reader's language")
    public JsonObject list(@Context HttpHeaders headers) {
        Locale locale = RequestFacts.locale(headers);
        return Json.createObjectBuilder()
                .add("kinds", Arrays.stream(JobKind.values()).map(kind -> AdminJson.kind(kind, locale)).collect(JsonCollectors.toJsonArray()))
                .build();
    }
}
