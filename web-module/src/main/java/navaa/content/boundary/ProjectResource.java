package navaa.content.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.content.control.SearchForm;
import navaa.content.entity.ContentSearchRequest;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Map;

/**
 * One of doc 002's projects: its delete (§4.1.3) and its searches (§4.2), run while the client waits, and the videos they found.
 * A result's {@code link} for a library video without a page of its own points at this
 * server's {@code /api/library/videos/{id}/}.
 */
@Path("api/projects/{project_id}/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class ProjectResource {

    @Inject
    CurrentCaller current;

    @Inject
    ContentProjects projects;

    @Inject
    ProjectSearches searches;

    @Inject
    SearchRecords records;

    @Context
    UriInfo uri;

    @DELETE
    @Operation(summary = "Deletes a project with everything in it (searches, results, and later its content)",
            description = "204 with no body; 404 {\"detail\"} for a project that is not the caller's (or does not exist);"
                    + " 401 without credentials.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response delete(@PathParam("project_id") String projectId) {
        projects.delete(current.require(), projectId);
        return Response.noContent().build();
    }

    @POST
    @Path("search-requests/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Searches for videos, synchronously: query (required, at most 500 characters), language (two letters,"
            + " default en), top_results_count (1-50, default 10), platforms (some of youtube, instagram, linkedin, other;"
            + " default all), params (an object); 201 with the request in status completed (failed when no source could"
            + " answer) and completed_at",
            description = "Every video source is asked (on a fresh install the media library, whose videos are platform"
                    + " other unless their .info.json names one); the best results by score are kept and ranked from 1. The"
                    + " project reads searching meanwhile, then selecting (failed when the search failed). 400 with each bad"
                    + " field as {\"field\": [\"message\"]}; 404 for a project that is not the caller's; 401 without credentials.")
    @RequestBody(ref = "ContentSearchRequestBody")
    @APIResponse(responseCode = "201", ref = "ContentSearchRequest")
    @APIResponse(responseCode = "400", ref = "ContentBadRequest")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response search(@PathParam("project_id") String projectId, JsonObject body) {
        Caller caller = current.require();
        // the project first: another user's project is 404 whatever the body holds
        String project = projects.visible(caller, projectId).getUuid();
        SearchForm.Result read = SearchForm.read(body);
        if (read.form() == null) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        ContentSearchRequest request = searches.search(caller, project, read.form());
        return Response.status(Response.Status.CREATED).entity(ContentJson.searchRequest(request, project)).build();
    }

    @GET
    @Path("search-results/")
    @Operation(summary = "The project's search results, the latest search's first and each best first: id, search_request,"
            + " title, link, snippet, rank, is_selected, metadata, fetched_at; only_selected=true keeps the selected ones",
            description = "400 {\"only_selected\": [...]} for a value that is not a boolean; 404 for a project that is not the"
                    + " caller's; 401 without credentials.")
    @APIResponse(responseCode = "200", ref = "ContentSearchResultList")
    @APIResponse(responseCode = "400", ref = "ContentBadRequest")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public JsonArray results(@PathParam("project_id") String projectId, @QueryParam("only_selected") String onlySelected) {
        Caller caller = current.require();
        boolean selected = onlySelected(onlySelected);
        return JsonAnswers.array(records.results(caller, projectId, selected),
                listed -> ContentJson.searchResult(listed.result(), listed.searchRequestUuid(), uri.getBaseUri()));
    }

    /** DRF's BooleanField words: true/false, 1/0, yes/no, on/off, any case; absent is false. */
    static boolean onlySelected(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n", "" -> false;
            default -> throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("only_selected", FieldError.of("field.boolean")));
        };
    }
}
