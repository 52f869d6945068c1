package navaa.admin.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

/** The kinds of job this server runs, for the console's filters and labels: the engine's list, so the console keeps no copy. */
@Path("api/admin/job-kinds")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminJobKindsResource {

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "{kinds: [{kind, name, service, outputs}]}: every job kind, its name in the reader's language")
    public JsonObject list() {
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        for (JobKind kind : JobKind.values()) {
            kinds.add(AdminJson.kind(kind, RequestFacts.locale(headers)));
        }
        return Json.createObjectBuilder().add("kinds", kinds).build();
    }
}
