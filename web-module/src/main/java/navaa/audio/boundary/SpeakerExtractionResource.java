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
 * Doc 000's speaker extraction: the recording ({@code audio_file}) and a sample of the
 * speaker to keep ({@code speaker_sample}). Doc 000 shows the upload only; list, file,
 * download and delete follow its denoise pattern.
 */
@Path("api/speaker-extraction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class SpeakerExtractionResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.EXTRACT, List.of("audio_file", "speaker_sample"), UploadForm.OPTIONAL_BOOST);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Keep one speaker's voice: audio_file, speaker_sample, boost_level none|2x..5x (default none)")
    public JsonObject upload() {
        return AudioFileJson.started(audio.submit(request, FORM), text("extraction.started"));
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's speaker extraction files")
    public JsonObject files() {
        return audio.list(AudioKind.EXTRACT, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/")
    @Operation(summary = "One speaker extraction file, with its similarity_score (0-100)")
    public JsonObject file(@PathParam("id") long id) {
        return audio.file(AudioKind.EXTRACT, id, StateWords.DOCUMENTED);
    }

    @GET
    @Path("download/{id}/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The extracted voice, in the recording's format (HTTP Range supported)")
    public Response download(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        return audio.download(AudioKind.EXTRACT, id, range);
    }

    @DELETE
    @Path("files/{id}/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.EXTRACT, id, text("file.deleted"));
    }

    private String text(String key) {
        return Messages.text(key, RequestFacts.locale(headers));
    }
}
