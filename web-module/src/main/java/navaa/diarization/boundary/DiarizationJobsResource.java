package navaa.diarization.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import navaa.audio.boundary.AudioUploads;
import navaa.platform.boundary.MediaFile;
import navaa.audio.boundary.UploadGate;
import navaa.diarization.control.DiarizationParameters;
import navaa.identity.boundary.CurrentCaller;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobState;
import navaa.models.diarization.DiarizationFormats;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;

/**
 * Doc 000 §9 as REST (api-map §2): diarization jobs on the one job engine, their status
 * and progress, and their results as {@code result.json|txt|srt|vtt}.
 */
@Path("api/diarization/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "diarization")
public class DiarizationJobsResource {

    @Inject
    DiarizationJobs diarizations;

    @Inject
    AudioUploads uploads;

    @Inject
    UploadGate gate;

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Diarize audio_file: num_speakers (empty: found), voice_database_id, expected_language, transcribe, "
            + "window_size (1.5 s), hop_size (0.5 s), output_formats (json,txt,srt,vtt)")
    public Response submit() {
        return gate.admit(request, caller -> {
            DiarizationParameters form = DiarizationParameters.of(field -> uploads.text(request, field), values("output_formats"));
            diarizations.checkTranscription(form);
            Job job = uploads.storeFor(request, List.of("audio_file"),
                    inputs -> diarizations.submit(caller, inputs.get(0), form.json(), form.voiceDatabase()));
            return Response.accepted(DiarizationJson.created(job)).build();
        });
    }

    @GET
    @Operation(summary = "The caller's diarization jobs, newest first")
    public JsonObject list() {
        return JsonAnswers.wrapped("jobs", diarizations.of(current.require()), job -> DiarizationJson.job(job, RequestFacts.locale(request)));
    }

    @GET
    @Path("{id}/")
    @Operation(summary = "Status, progress, speakers found and the formats to download")
    public JsonObject status(@PathParam("id") long id) {
        return DiarizationJson.job(diarizations.find(id, current.require()), RequestFacts.locale(request));
    }

    @GET
    @Path("{id}/result.{format}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A result file: json (doc 000's shape), txt, srt or vtt ([speaker] text cues)")
    public Response result(@PathParam("id") long id, @PathParam("format") String format, @HeaderParam("Range") String range)
            throws IOException {
        Job job = diarizations.find(id, current.require());
        DiarizationFormats kind = DiarizationFormats.of(format).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (job.getState() != JobState.COMPLETED) {
            throw new NavaaException(ErrorCode.JOB_NOT_FINISHED);
        }
        String file = job.getOutputs().get(kind.extension);
        if (file == null) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        String stem = job.getInputName().replaceFirst("\\.[^.]*$", "");
        return MediaFile.serve(java.nio.file.Path.of(file), kind.mediaType + "; charset=utf-8", stem + "_diarization." + kind.extension, range);
    }

    @DELETE
    @Path("{id}/")
    @Operation(summary = "Deletes the job, its upload and its results")
    public JsonObject delete(@PathParam("id") long id) {
        diarizations.delete(id, current.require());
        return Json.createObjectBuilder().add("status", "success").build();
    }

    private List<String> values(String field) {
        try {
            String[] values = request.getParameterValues(field);
            return values == null ? List.of() : List.of(values);
        } catch (IllegalStateException e) {
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, uploads.maxMegabytes());
        }
    }
}
