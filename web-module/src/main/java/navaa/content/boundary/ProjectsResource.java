package navaa.content.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.content.control.ProjectForm;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Doc 002 §4.1: a CRM user's projects (list, create), by any of the platform's credentials. One
 * project's own operations (delete, search) are {@link ProjectResource}'s: JAX-RS picks the
 * root class whose path matches most literally, so {@code api/projects/{project_id}/} must not
 * also be a sub-path here.
 */
@Path("api/projects/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class ProjectsResource {

    @Inject
    CurrentCaller current;

    @Inject
    ContentProjects projects;

    @GET
    @Operation(summary = "The caller's projects, newest first (an admin's: every project), each with id (UUID), owner"
            + " (the owner's numeric id), title, type, status, created_at, updated_at",
            description = "401 {\"detail\"} without credentials (Authorization: Token <key> from POST /api/auth/token/).")
    @APIResponse(responseCode = "200", ref = "ContentProjectList")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    public JsonArray list() {
        return JsonAnswers.array(projects.list(current.require()), ContentJson::project);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a project: title (required, at most 255 characters), type (video|text, default text);"
            + " it starts in status draft",
            description = "400 with each bad field as {\"field\": [\"message\"]}; 401 without credentials.")
    @RequestBody(ref = "ContentProjectRequest")
    @APIResponse(responseCode = "201", ref = "ContentProject")
    @APIResponse(responseCode = "400", ref = "ContentBadRequest")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    public Response create(JsonObject body) {
        var caller = current.require();
        ProjectForm.Result read = ProjectForm.read(body);
        if (read.form() == null) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        return Response.status(Response.Status.CREATED).entity(ContentJson.project(projects.create(caller, read.form()))).build();
    }
}
