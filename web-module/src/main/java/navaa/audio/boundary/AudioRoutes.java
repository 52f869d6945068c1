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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA;
import static navaa.audio.boundary.AudioFileJson.StateWords.DOCUMENTED;
import static navaa.audio.boundary.AudioFileJson.StateWords.ERROR_FOR_FAILED;
import static navaa.jobs.control.JobKind.BOOST;
import static navaa.jobs.control.JobKind.DENOISE;
import static navaa.jobs.control.JobKind.EXTRACT;
import static navaa.jobs.control.JobKind.SEPARATE;

/**
 * The route table of docs 000 and 001's audio services (api-map §1), one line a route: its
 * method, path and summary as {@code /openapi} shows them, and what it does with which kind,
 * which {@link AudioJobs} does alike for every kind. Doc 000's family answers in the
 * reader's language; doc 001's clients compare its messages, so they stay as documented, in
 * English. Doc 001's {@code /api/vocal/} family says "error" where the others say "failed".
 * Denoise is the one service both documents put under the same paths. Where a document
 * lacks list, file, download or delete for a service, its family's pattern gives them.
 */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class AudioRoutes {

    static final UploadForm DENOISE_UPLOAD = UploadForm.of(DENOISE, List.of("audio_file"), UploadForm.OPTIONAL_BOOST);
    static final UploadForm AUDIO_BOOST_UPLOAD = UploadForm.of(BOOST, List.of("audio_file"), UploadForm.BOOST_LEVEL);
    static final UploadForm VOCAL_SEPARATION_UPLOAD = UploadForm.of(SEPARATE, List.of("audio_file"), UploadForm.OUTPUT_TYPE);
    static final UploadForm SPEAKER_EXTRACTION_UPLOAD = UploadForm.of(EXTRACT, List.of("audio_file", "speaker_sample"), UploadForm.OPTIONAL_BOOST);
    static final UploadForm BOOST_UPLOAD = UploadForm.of(BOOST, List.of("audio_file"), UploadForm.BOOST_LEVEL_OR_3X);
    static final UploadForm VOCAL_SEPARATE = new UploadForm(SEPARATE, List.of("audio_file"), List.of(), Map.of("output_type", "both"));
    static final UploadForm SPEAKER_EXTRACT = UploadForm.of(EXTRACT, List.of("conversation_file", "target_speaker_file"), UploadForm.OPTIONAL_BOOST);

    private static final String DELETED = Messages.text("file.deleted", Locale.ROOT);

    @Inject
    AudioJobs audio;

    /** The upload as the request filters have wrapped it (see {@link AudioJobs#upload}). */
    @Context
    HttpServletRequest request;

    // doc 000: uploads
    @POST @Path("denoise/upload/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Denoise an audio file: audio_file, boost_level none|2x..5x (default none)") public JsonObject denoiseUpload() { return audio.upload(request, DENOISE_UPLOAD, audio.told("denoise.started")); }
    @POST @Path("audio-boost/upload/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Boost an audio file: audio_file, boost_level 2x..5x (required)") public JsonObject audioBoostUpload() { return audio.upload(request, AUDIO_BOOST_UPLOAD, audio.told("boost.started")); }
    @POST @Path("vocal-separation/upload/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Separate a song: audio_file, output_type vocals|instrumental (required)") public JsonObject vocalSeparationUpload() { return audio.upload(request, VOCAL_SEPARATION_UPLOAD, audio.told("separation.started")); }
    @POST @Path("speaker-extraction/upload/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Keep one speaker's voice: audio_file, speaker_sample, boost_level none|2x..5x (default none)") public JsonObject speakerExtractionUpload() { return audio.upload(request, SPEAKER_EXTRACTION_UPLOAD, audio.told("extraction.started")); }

    // doc 001: uploads
    @POST @Path("boost/upload/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Boost an audio file: audio_file, boost_level 2x..5x (default 3x); true-peak limited at -1 dBTP") public JsonObject boostUpload() { return audio.upload(request, BOOST_UPLOAD, "Audio boost started"); }
    @POST @Path("vocal/separate/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Separate a song into vocals and instrumental: audio_file") public JsonObject vocalSeparate() { return audio.upload(request, VOCAL_SEPARATE, "Vocal separation started"); }
    @POST @Path("speaker/extract/") @Consumes(MULTIPART_FORM_DATA) @Operation(summary = "Keep one speaker's voice: conversation_file, target_speaker_file, boost_level none|2x..5x (default none)") public JsonObject speakerExtract() { return audio.upload(request, SPEAKER_EXTRACT, "Speaker extraction started"); }

    // both documents: the caller's files of a service
    @GET @Path("denoise/files/") @Operation(summary = "The caller's denoise files") public JsonObject denoiseFiles() { return audio.list(DENOISE, DOCUMENTED); }
    @GET @Path("audio-boost/files/") @Operation(summary = "The caller's boost files") public JsonObject audioBoostFiles() { return audio.list(BOOST, DOCUMENTED); }
    @GET @Path("vocal-separation/files/") @Operation(summary = "The caller's vocal separation files") public JsonObject vocalSeparationFiles() { return audio.list(SEPARATE, DOCUMENTED); }
    @GET @Path("speaker-extraction/files/") @Operation(summary = "The caller's speaker extraction files") public JsonObject speakerExtractionFiles() { return audio.list(EXTRACT, DOCUMENTED); }
    @GET @Path("boost/files/") @Operation(summary = "The caller's boost files") public JsonObject boostFiles() { return audio.list(BOOST, DOCUMENTED); }
    @GET @Path("vocal/files/") @Operation(summary = "The caller's vocal separation files") public JsonObject vocalFiles() { return audio.list(SEPARATE, ERROR_FOR_FAILED); }
    @GET @Path("speaker/files/") @Operation(summary = "The caller's speaker extraction files") public JsonObject speakerFiles() { return audio.list(EXTRACT, DOCUMENTED); }

    // one file: doc 000's file, doc 001's status (polled all day: StatusPolls answers most of them)
    @GET @Path("denoise/files/{id}/") @Operation(summary = "One denoise file (doc 000)") public JsonObject denoiseFile(@PathParam("id") long id) { return audio.file(DENOISE, id, DOCUMENTED); }
    @GET @Path("audio-boost/files/{id}/") @Operation(summary = "One boost file: state, progress, loudness and true peak") public JsonObject audioBoostFile(@PathParam("id") long id) { return audio.file(BOOST, id, DOCUMENTED); }
    @GET @Path("vocal-separation/files/{id}/") @Operation(summary = "One vocal separation file") public JsonObject vocalSeparationFile(@PathParam("id") long id) { return audio.file(SEPARATE, id, DOCUMENTED); }
    @GET @Path("speaker-extraction/files/{id}/") @Operation(summary = "One speaker extraction file, with its similarity_score (0-100)") public JsonObject speakerExtractionFile(@PathParam("id") long id) { return audio.file(EXTRACT, id, DOCUMENTED); }
    @GET @Path("denoise/files/{id}/status/") @Operation(summary = "One denoise file's status (doc 001)") public JsonObject denoiseStatus(@PathParam("id") long id) { return audio.file(DENOISE, id, DOCUMENTED); }
    @GET @Path("boost/files/{id}/status/") @Operation(summary = "State, progress, loudness and true peak before and after") public JsonObject boostStatus(@PathParam("id") long id) { return audio.file(BOOST, id, DOCUMENTED); }
    @GET @Path("vocal/files/{id}/status/") @Operation(summary = "State, progress and both stems' URLs") public JsonObject vocalStatus(@PathParam("id") long id) { return audio.file(SEPARATE, id, ERROR_FOR_FAILED); }
    @GET @Path("speaker/files/{id}/status/") @Operation(summary = "State, progress, similarity_score and the extracted voice's URL") public JsonObject speakerStatus(@PathParam("id") long id) { return audio.file(EXTRACT, id, DOCUMENTED); }

    // doc 000: downloads of the primary output (doc 001's clients follow the URLs in a file's JSON)
    @GET @Path("denoise/download/{id}/") @Produces(MediaType.WILDCARD) @Operation(summary = "The denoised file, in the input's format (HTTP Range supported)") public Response denoiseDownload(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException { return audio.download(DENOISE, id, range); }
    @GET @Path("audio-boost/download/{id}/") @Produces(MediaType.WILDCARD) @Operation(summary = "The boosted file, in the input's format (HTTP Range supported)") public Response audioBoostDownload(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException { return audio.download(BOOST, id, range); }
    @GET @Path("vocal-separation/download/{id}/") @Produces(MediaType.WILDCARD) @Operation(summary = "The stem asked for, in the input's format (HTTP Range supported)") public Response vocalSeparationDownload(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException { return audio.download(SEPARATE, id, range); }
    @GET @Path("speaker-extraction/download/{id}/") @Produces(MediaType.WILDCARD) @Operation(summary = "The extracted voice, in the recording's format (HTTP Range supported)") public Response speakerExtractionDownload(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException { return audio.download(EXTRACT, id, range); }

    // deletes: doc 000's DELETE on the file, doc 001's on its delete/ path
    @DELETE @Path("denoise/files/{id}/") @Operation(summary = "Deletes the job and its files (doc 000)") public JsonObject denoiseDelete(@PathParam("id") long id) { return audio.delete(DENOISE, id, audio.told("file.deleted")); }
    @DELETE @Path("audio-boost/files/{id}/") @Operation(summary = "Deletes the job and its files") public JsonObject audioBoostDelete(@PathParam("id") long id) { return audio.delete(BOOST, id, audio.told("file.deleted")); }
    @DELETE @Path("vocal-separation/files/{id}/") @Operation(summary = "Deletes the job and its files") public JsonObject vocalSeparationDelete(@PathParam("id") long id) { return audio.delete(SEPARATE, id, audio.told("file.deleted")); }
    @DELETE @Path("speaker-extraction/files/{id}/") @Operation(summary = "Deletes the job and its files") public JsonObject speakerExtractionDelete(@PathParam("id") long id) { return audio.delete(EXTRACT, id, audio.told("file.deleted")); }
    @DELETE @Path("denoise/files/{id}/delete/") @Operation(summary = "Deletes the job and its files (doc 001)") public JsonObject denoiseDeleteByPath(@PathParam("id") long id) { return audio.delete(DENOISE, id, audio.told("file.deleted")); }
    @DELETE @Path("boost/files/{id}/delete/") @Operation(summary = "Deletes the job and its files") public JsonObject boostDelete(@PathParam("id") long id) { return audio.delete(BOOST, id, DELETED); }
    @DELETE @Path("vocal/files/{id}/delete/") @Operation(summary = "Deletes the job and its files") public JsonObject vocalDelete(@PathParam("id") long id) { return audio.delete(SEPARATE, id, DELETED); }
    @DELETE @Path("speaker/files/{id}/delete/") @Operation(summary = "Deletes the job and its files") public JsonObject speakerDelete(@PathParam("id") long id) { return audio.delete(EXTRACT, id, DELETED); }
}
