package navaa.audio.boundary;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;

/**
 * Denoise, the one service both documents put under the same paths: doc 000's upload,
 * list, file, download and delete, and doc 001's status and delete beside them. Answers
 * carry both documents' fields; messages are doc 001's in English, doc 000's in Persian.
 */
@Path("api/denoise")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class DenoiseResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.DENOISE, List.of("audio_file"), UploadForm.OPTIONAL_BOOST);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Denoise an audio file: audio_file, boost_level none|2x..5x (default none)")
    public JsonObject upload() {
        return AudioFileJson.started(audio.submit(request, FORM), text("denoise.started"));
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's denoise files")
    public JsonObject files() {
        return audio.list(AudioKind.DENOISE, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/")
    @Operation(summary = "One denoise file (doc 000)")
    public JsonObject file(@PathParam("id") long id) {
        return audio.file(AudioKind.DENOISE, id, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/status/")
    @Operation(summary = "One denoise file's status (doc 001)")
    public JsonObject status(@PathParam("id") long id) {
        return audio.file(AudioKind.DENOISE, id, StateWords.DOCUMENTED);
    }

    @GET
    @Path("download/{id}/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The denoised file, in the input's format (HTTP Range supported)")
    public Response download(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        return audio.download(AudioKind.DENOISE, id, range);
    }

    @DELETE
    @Path("files/{id}/")
    @Operation(summary = "Deletes the job and its files (doc 000)")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.DENOISE, id, text("file.deleted"));
    }

    @DELETE
    @Path("files/{id}/delete/")
    @Operation(summary = "Deletes the job and its files (doc 001)")
    public JsonObject deleteByPath(@PathParam("id") long id) {
        return delete(id);
    }

    private String text(String key) {
        return Messages.text(key, RequestFacts.locale(headers));
    }
}
