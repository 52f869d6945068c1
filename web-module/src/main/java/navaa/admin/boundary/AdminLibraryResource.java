package navaa.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import navaa.content.boundary.LibraryJson;
import navaa.content.boundary.LibraryUploadForm;
import navaa.content.boundary.LibraryUploads;
import navaa.content.boundary.MediaLibrary;
import navaa.content.control.LibraryVideos;
import navaa.content.control.LibraryVideo;
import navaa.identity.boundary.AdminOnly;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The console's library page: the media library's videos, searched or all of them, an upload
 * and a delete. The same library and the same checks as {@code /api/library/videos/}, in the
 * console's (doc 004's) shapes: camelCase, {@code {"error", "code"}} refusals, the session cookie.
 */
@Path("api/admin/library")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminLibraryResource {

    @Inject
    MediaLibrary library;

    @Inject
    LibraryUploads uploads;

    @Inject
    CurrentCaller current;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The library's videos, {folder, total, maxUploadMb, videos: [{id, title, fileName, durationSeconds,"
            + " sizeBytes, platform, language, hasCaptions, url}]}: q (at most 500 characters) searches as doc 002's search"
            + " does, best first; without it every video by title. At most limit (1-500, default 200) videos")
    public JsonObject list(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        List<LibraryVideo> videos = LibraryVideos.listed(library.videos(), q, LibraryVideos.limit(limit),
                query -> library.search(query).stream().map(found -> library.byReference(found.reference()))
                        .flatMap(java.util.Optional::stream).toList());
        JsonArrayBuilder listed = Json.createArrayBuilder();
        videos.forEach(video -> listed.add(video(video)));
        return Json.createObjectBuilder()
                .add("folder", String.valueOf(library.folder()))
                .add("total", library.size())
                .add("maxUploadMb", uploads.maxMegabytes())
                .add("videos", listed)
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a video into the library: file, title and description as POST /api/library/videos/;"
            + " 201 with the video, or 202 {id, indexing: true} when the index has not listed it yet")
    public Response upload(@Context HttpServletRequest request) {
        LibraryUploadForm.Read form = LibraryUploadForm.read(request, uploads.maxMegabytes());
        LibraryUploads.Added added = uploads.add(form.file().getSubmittedFileName(),
                file -> form.file().write(file.toString()), form.title(), form.description(), current.require().username());
        return added.video()
                .map(video -> Response.status(Response.Status.CREATED).entity(video(video)))
                .orElseGet(() -> Response.accepted(Json.createObjectBuilder().add("id", added.id()).add("indexing", true).build()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a library video with its sidecars")
    public JsonObject delete(@PathParam("id") String id) {
        uploads.delete(id);
        return JsonAnswers.SUCCESS;
    }

    private JsonObject video(LibraryVideo video) {
        JsonObject content = LibraryJson.video(video, uri.getBaseUri());
        return Json.createObjectBuilder()
                .add("id", video.id())
                .add("title", video.title())
                .add("fileName", content.getString("file_name"))
                .add("durationSeconds", content.getJsonNumber("duration_seconds"))
                .add("sizeBytes", video.sizeBytes())
                .add("platform", video.platform())
                .add("language", video.language())
                .add("hasCaptions", content.getBoolean("has_captions"))
                .add("url", content.getString("file"))
                .build();
    }
}
