package navaa.audio.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Doc 001's Vocal Separation Service (section 2): both stems of every upload, as
 * {@code vocals_url} and {@code instrumental_url}. This family says "error" where the
 * others say "failed". Downloads are the URLs in the file's JSON.
 */
@Path("api/vocal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class VocalResource {

    static final UploadForm FORM = new UploadForm(AudioKind.SEPARATE, List.of("audio_file"), List.of(), Map.of("output_type", "both"));

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @POST
    @Path("separate/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Separate a song into vocals and instrumental: audio_file")
    public JsonObject separate() {
        // doc 001's clients compare this message: it stays as documented, in English
        return AudioFileJson.started(audio.submit(request, FORM), "Vocal separation started");
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's vocal separation files")
    public JsonObject files() {
        return audio.list(AudioKind.SEPARATE, StateWords.ERROR_FOR_FAILED);
    }

    @GET
    @Path("files/{id}/status/")
    @Operation(summary = "State, progress and both stems' URLs")
    public JsonObject status(@PathParam("id") long id) {
        return audio.file(AudioKind.SEPARATE, id, StateWords.ERROR_FOR_FAILED);
    }

    @DELETE
    @Path("files/{id}/delete/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.SEPARATE, id, Messages.text("file.deleted", Locale.ROOT));
    }
}
