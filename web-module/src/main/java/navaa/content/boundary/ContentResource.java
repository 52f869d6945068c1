package navaa.content.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.content.control.ContentForm;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.platform.boundary.MediaFile;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Doc 002 §4.3: a project's one content, made from a search result, and its video's download,
 * which runs on the job engine while the client polls download-status. A root class of its own:
 * JAX-RS matches the most literal path first, so {@code content/...} is never taken for
 * {@link ProjectResource}'s.
 */
@Path("api/projects/{project_id}/content/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class ContentResource {

    @Inject
    CurrentCaller current;

    @Inject
    ContentProjects projects;

    @Inject
    ContentItems contents;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("create/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates the project's content from one of its search results (search_result_id, a UUID) and starts"
            + " its video's download asynchronously; 201 with the content, download_status pending",
            description = "The result is marked is_selected and the project moves to generating (ready when the download"
                    + " completes, failed when it fails). A library video is copied into the content's storage and kept,"
                    + " remuxed or transcoded to MP4 (H.264/AAC) so browsers play it; a remote source fails with a message"
                    + " that remote downloads need configuration. 400 {\"detail\",\"code\":\"CONTENT_EXISTS\"} when the project"
                    + " already has its content (doc 002 §5.4), 400 {\"search_result_id\": [...]} for a missing or malformed id"
                    + " or a result of another project; 404 for a project not the caller's or a result that does not exist;"
                    + " 429 when the caller has too many unfinished jobs; 401 without credentials.")
    @RequestBody(ref = "ContentCreateRequest")
    @APIResponse(responseCode = "201", ref = "Content")
    @APIResponse(responseCode = "400", ref = "ContentBadRequest")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response create(@PathParam("project_id") String projectId, JsonObject body) {
        Caller caller = current.require();
        // the project first: another user's project is 404 whatever the body holds
        String project = projects.visible(caller, projectId).getUuid();
        ContentForm.Result read = ContentForm.read(body);
        if (read.form() == null) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        ContentItems.Viewed created = contents.create(caller, project, read.form());
        return Response.status(Response.Status.CREATED)
                .entity(ContentJson.content(created, uri.getBaseUri(), RequestFacts.locale(headers))).build();
    }

    @GET
    @Operation(summary = "The project's content: id, project, project_title, source_url, content_type, platform, file_path"
            + " (videos/<id>.<ext> once downloaded), download_status {task_id, status, progress, error_message}, video_url,"
            + " created_at, updated_at",
            description = "video_url is this server's GET .../content/video/ once the download completed (null before)."
                    + " 404 for a project not the caller's or without content; 401 without credentials.")
    @APIResponse(responseCode = "200", ref = "Content")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public JsonObject get(@PathParam("project_id") String projectId) {
        return ContentJson.content(contents.view(current.require(), projectId), uri.getBaseUri(), RequestFacts.locale(headers));
    }

    @GET
    @Path("download-status/")
    @Operation(summary = "The video download's state: id, content, content_url, task_id, status (pending, downloading,"
            + " processing, completed, failed), progress (0-100), error_message, download_url, file_size, started_at,"
            + " completed_at, created_at, updated_at",
            description = "Poll every 5 seconds (doc 002 §5.3). error_message says why a failed download failed, in the"
                    + " request's language; download_url is the video on this server once completed. 404 for a project not"
                    + " the caller's or without content; 401 without credentials.")
    @APIResponse(responseCode = "200", ref = "ContentDownloadStatus")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public JsonObject downloadStatus(@PathParam("project_id") String projectId) {
        return ContentJson.downloadStatus(contents.view(current.require(), projectId), uri.getBaseUri(), RequestFacts.locale(headers));
    }

    @DELETE
    @Path("delete/")
    @Operation(summary = "Deletes the project's content with its video and its download (stopped when it runs); 204",
            description = "The project goes back to selecting. 404 for a project not the caller's or without content;"
                    + " 401 without credentials.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response delete(@PathParam("project_id") String projectId) {
        contents.delete(current.require(), projectId);
        return Response.noContent().build();
    }

    @GET
    @Path("video/")
    @Produces({"video/mp4", "video/webm", "video/quicktime", MediaType.APPLICATION_JSON})
    @Operation(summary = "Extension: the downloaded video's bytes (video_url), with single Range requests (206, 416 past"
            + " the end) so players seek",
            description = "Only the project's owner (and admins). 404 before the download completed, for a project not the"
                    + " caller's or without content; 401 without credentials.")
    @APIResponse(responseCode = "200", description = "The video")
    @APIResponse(responseCode = "206", description = "The range asked for")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response video(@PathParam("project_id") String projectId, @HeaderParam("Range") String range) throws IOException {
        java.nio.file.Path file = contents.video(current.require(), projectId);
        String name = file.getFileName().toString();
        String type = name.endsWith(".webm") ? "video/webm" : name.endsWith(".mov") ? "video/quicktime" : "video/mp4";
        if (!Files.isReadable(file)) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return MediaFile.serve(file, type, name, range);
    }
}
