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

/** Doc 001's Audio Boost Service (section 3): upload, list, status, delete. */
@Path("api/boost")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class BoostResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.BOOST, List.of("audio_file"), UploadForm.BOOST_LEVEL_OR_3X);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Boost an audio file: audio_file, boost_level 2x..5x (default 3x); true-peak limited at -1 dBTP")
    public JsonObject upload() {
        // doc 001's clients compare this message: it stays as documented, in English
        return AudioFileJson.started(audio.submit(request, FORM), "Audio boost started");
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's boost files")
    public JsonObject files() {
        return audio.list(AudioKind.BOOST, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/status/")
    @Operation(summary = "State, progress, loudness and true peak before and after")
    public JsonObject status(@PathParam("id") long id) {
        return audio.file(AudioKind.BOOST, id, StateWords.DOCUMENTED);
    }

    @DELETE
    @Path("files/{id}/delete/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.BOOST, id, Messages.text("file.deleted", Locale.ROOT));
    }
}
