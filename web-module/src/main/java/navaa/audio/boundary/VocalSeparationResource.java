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
 * Doc 000's vocal separation: the client picks one stem ({@code output_type}), which is
 * the file's {@code separated_file} and its download. Doc 000 shows upload, list and
 * download; the file and delete paths follow its denoise pattern.
 */
@Path("api/vocal-separation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class VocalSeparationResource {

    static final UploadForm FORM = UploadForm.of(AudioKind.SEPARATE, List.of("audio_file"), UploadForm.OUTPUT_TYPE);

    @Inject
    AudioJobs audio;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Separate a song: audio_file, output_type vocals|instrumental (required)")
    public JsonObject upload() {
        return AudioFileJson.started(audio.submit(request, FORM), text("separation.started"));
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's vocal separation files")
    public JsonObject files() {
        return audio.list(AudioKind.SEPARATE, StateWords.DOCUMENTED);
    }

    @GET
    @Path("files/{id}/")
    @Operation(summary = "One vocal separation file")
    public JsonObject file(@PathParam("id") long id) {
        return audio.file(AudioKind.SEPARATE, id, StateWords.DOCUMENTED);
    }

    @GET
    @Path("download/{id}/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The stem asked for, in the input's format (HTTP Range supported)")
    public Response download(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        return audio.download(AudioKind.SEPARATE, id, range);
    }

    @DELETE
    @Path("files/{id}/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        return audio.delete(AudioKind.SEPARATE, id, text("file.deleted"));
    }

    private String text(String key) {
        return Messages.text(key, RequestFacts.locale(headers));
    }
}
