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
 * Doc 000's audio boost (boost_level required), with list, file, download and delete
 * under the same family's pattern, which doc 000 shows for denoise.
 */
@Path("api/audio-boost")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class AudioBoostResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.BOOST, List.of("audio_file"), UploadForm.BOOST_LEVEL);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Boost an audio file: audio_file, boost_level 2x..5x (required)")
    public JsonObject upload() {
        return AudioFileJson.started(audio.submit(request, FORM), text("boost.started"));
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's boost files")
    public JsonObject files() {
        return audio.list(AudioKind.BOOST, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/")
    @Operation(summary = "One boost file: state, progress, loudness and true peak")
    public JsonObject file(@PathParam("id") long id) {
        return audio.file(AudioKind.BOOST, id, StateWords.DOCUMENTED);
    }

    @GET
    @Path("download/{id}/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The boosted file, in the input's format (HTTP Range supported)")
    public Response download(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        return audio.download(AudioKind.BOOST, id, range);
    }

    @DELETE
    @Path("files/{id}/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.BOOST, id, text("file.deleted"));
    }

    private String text(String key) {
        return Messages.text(key, RequestFacts.locale(headers));
    }
}
