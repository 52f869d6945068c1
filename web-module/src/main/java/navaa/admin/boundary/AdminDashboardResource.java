package navaa.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.AdminOnly;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The console's first page: jobs per state, user counts, the latest failures. */
@Path("api/admin/dashboard")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminDashboardResource {

    @Inject
    Dashboard dashboard;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "{jobs: {pending, processing, completed, failed, total}, users: {total, active, admins}, recentErrors: [job]}")
    public JsonObject summary() {
        return AdminJson.summary(dashboard.summary(), RequestFacts.locale(headers));
    }
}
