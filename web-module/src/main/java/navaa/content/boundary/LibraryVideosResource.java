package navaa.content.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.content.control.LibraryVideo;
import navaa.identity.boundary.AdminOnly;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.MediaFile;
import navaa.platform.boundary.OpenApiFormBodies;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * Extension: the media library's videos on this server, where doc 002's search results link a
 * library video that has no page of its own. The library is the organisation's shared
 * catalogue: any signed-in user may read it and add to it; deleting is the administrators'.
 */
@Path("api/library/videos/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class LibraryVideosResource {

    @Inject
    CurrentCaller current;

    @Inject
    MediaLibrary library;

    @Inject
    LibraryUploads uploads;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/")
    @Operation(summary = "Extension: a library video (where a search result's link points for a video without a page"
            + " elsewhere): id, reference, title, description, duration_seconds, size_bytes, platform, language,"
            + " has_captions, file_name, content_type, url, file (streams it), link (its page, or null)",
            description = "Any signed-in user: the library is the organisation's shared catalogue. 404 {\"detail\"} for an id"
                    + " the library does not hold (also once its file is removed); 401 without credentials.")
    @APIResponse(responseCode = "200", ref = "LibraryVideo")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public JsonObject video(@PathParam("id") String id) {
        return LibraryJson.video(find(id), uri.getBaseUri());
    }

    @GET
    @Path("{id}/file/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Extension: the library video's file, streamed, with single-range support (Range: bytes=a-b, 206)",
            description = "Content-Type by the file's extension (video/mp4, video/x-matroska, video/webm, video/quicktime,"
                    + " video/x-msvideo); 416 for a range past the end; 404 and 401 as the video's metadata.")
    @APIResponse(responseCode = "200", description = "The whole file")
    @APIResponse(responseCode = "206", description = "The range asked for, with Content-Range")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    @APIResponse(responseCode = "416", ref = "RangeNotSatisfiable")
    public Response file(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        LibraryVideo video = find(id);
        try {
            return MediaFile.serve(video.file(), LibraryJson.contentType(video), video.file().getFileName().toString(), range);
        } catch (NoSuchFileException e) {
            // removed from the folder since the last scan
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Extension: adds a video to the media library: file (mp4, mkv, webm, mov, m4v or avi), title"
            + " (optional, at most 500 characters) and description (optional, at most 5000); 201 with the video as GET"
            + " answers it once the library has indexed it, else 202 {id, status: indexing, url, file}",
            description = "Any signed-in user (a CRM team adds the videos it works with). The file name is kept without"
                    + " folders, hidden dots or control characters, suffixed -2, -3, ... when taken; title and description"
                    + " go into a .info.json sidecar beside it, so search finds the video by them (platform other). 415"
                    + " UNSUPPORTED_FORMAT for another extension or content that is not that video container (FFmpeg opens"
                    + " it); 413 FILE_TOO_LARGE past NAVAA_MEDIA_LIBRARY_UPLOAD_MAX_MB (default 2048); 400 {\"file\":"
                    + " [\"This field is required.\"]} and the like; 401 without credentials. The upload waits up to"
                    + " NAVAA_MEDIA_LIBRARY_UPLOAD_WAIT_SECONDS (5) for the index.")
    @Extension(name = OpenApiFormBodies.EXTENSION, value = "LibraryUploadForm")
    @APIResponse(responseCode = "201", ref = "LibraryVideo")
    @APIResponse(responseCode = "202", ref = "LibraryVideoIndexing")
    @APIResponse(responseCode = "400", ref = "ContentBadRequest")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "413", ref = "LibraryTooLarge")
    @APIResponse(responseCode = "415", ref = "LibraryUnsupportedFormat")
    public Response upload(@Context HttpServletRequest request) {
        String uploader = current.require().username();
        LibraryUploadForm.Read form = LibraryUploadForm.read(request, uploads.maxMegabytes());
        LibraryUploads.Added added = uploads.add(form.file().getSubmittedFileName(),
                file -> form.file().write(file.toString()),
                form.title(), form.description(), uploader);
        return added.video()
                .map(video -> Response.status(Response.Status.CREATED).entity(LibraryJson.video(video, uri.getBaseUri())))
                .orElseGet(() -> Response.accepted(LibraryJson.indexing(added.id(), uri.getBaseUri())))
                .build();
    }

    @DELETE
    @Path("{id}/")
    @AdminOnly
    @Operation(summary = "Extension: deletes a library video with its sidecars (captions, .info.json); 204",
            description = "Administrators only (403 {\"detail\", \"code\": \"FORBIDDEN\"} for anyone else); 404 for an id the"
                    + " library does not hold; 401 without credentials. Projects that already downloaded it keep their copy.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "ContentUnauthorized")
    @APIResponse(responseCode = "403", ref = "LibraryForbidden")
    @APIResponse(responseCode = "404", ref = "ContentNotFound")
    public Response delete(@PathParam("id") String id) {
        uploads.delete(id);
        return Response.noContent().build();
    }

    private LibraryVideo find(String id) {
        return library.byId(id).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }
}
