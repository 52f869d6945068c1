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

/**
 * Doc 001's Speaker Extraction Service (section 4): the conversation and the target
 * speaker's sample in, that speaker's voice and a {@code similarity_score} (0-100) out.
 * Doc 001 shows upload, list and delete; status follows its other services' pattern.
 */
@Path("api/speaker")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class SpeakerResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.EXTRACT, List.of("conversation_file", "target_speaker_file"),
            UploadForm.OPTIONAL_BOOST);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @POST
    @Path("extract/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Keep one speaker's voice: conversation_file, target_speaker_file, boost_level none|2x..5x (default none)")
    public JsonObject extract() {
        // doc 001's clients compare this message: it stays as documented, in English
        return AudioFileJson.started(audio.submit(request, FORM), "Speaker extraction started");
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's speaker extraction files")
    public JsonObject files() {
        return audio.list(AudioKind.EXTRACT, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/status/")
    @Operation(summary = "State, progress, similarity_score and the extracted voice's URL")
    public JsonObject status(@PathParam("id") long id) {
        return audio.file(AudioKind.EXTRACT, id, StateWords.DOCUMENTED);
    }

    @DELETE
    @Path("files/{id}/delete/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.EXTRACT, id, Messages.text("file.deleted", Locale.ROOT));
    }
}
