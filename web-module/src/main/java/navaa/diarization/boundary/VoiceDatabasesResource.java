package navaa.diarization.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.audio.boundary.AudioUploads;
import navaa.audio.boundary.UploadSlots;
import navaa.audio.control.ConcurrencyLimiter;
import navaa.diarization.entity.VoiceDatabaseRecord;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.models.diarization.VoiceDatabase;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.JsonObjectReader;
import navaa.platform.boundary.UrlencodedForm;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voice databases (api-map §2): create, list, look at, delete; enrol a speaker from one or
 * more samples; remove a speaker; export as a JSON file and import one again.
 */
@Path("api/diarization/voice-databases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "diarization")
public class VoiceDatabasesResource {

    /** An export file larger than this is not one of ours (50 speakers × 10 samples is about 1 MB). */
    static final int MAX_IMPORT_BYTES = 16 * 1024 * 1024;

    @Inject
    VoiceDatabases databases;

    @Inject
    VoiceSamples samples;

    @Inject
    AudioUploads uploads;

    @Inject
    UploadSlots slots;

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest request;

    /**
     * One operation for the three kinds of body, each read from the body as JAX-RS holds it
     * and never through {@code request.getParameter} for a urlencoded one: Jersey peeks at
     * the body of every urlencoded request before the resource runs, and when the body has
     * not arrived yet (a client that sends the headers first) that peek takes its first
     * byte from the servlet's stream, so the container's own parse lost the first field
     * ("name" came out as "ame") about every other request.
     */
    @POST
    @Operation(summary = "Creates a voice database: name (JSON body, urlencoded or multipart form field)")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED), @Content(mediaType = MediaType.MULTIPART_FORM_DATA)})
    public Response create(@Context HttpHeaders headers, InputStream entity) throws IOException {
        MediaType type = headers.getMediaType();
        String name;
        if (type != null && JsonObjectReader.isJson(type)) {
            name = JsonObjectReader.read(entity, type).get("name") instanceof JsonString text ? text.getString() : null;
        } else if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            name = UrlencodedForm.read(entity, type).first("name").orElse(null);
        } else if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            name = uploads.text(request, "name").orElse(null);
        } else {
            throw new NavaaException(ErrorCode.UNSUPPORTED_CONTENT_TYPE);
        }
        return created(name);
    }

    private Response created(String name) {
        VoiceDatabaseRecord database = databases.create(current.require(), name == null || name.isBlank() ? null : name);
        return Response.status(Response.Status.CREATED).entity(DiarizationJson.database(database)).build();
    }

    @GET
    @Operation(summary = "The caller's voice databases with their speakers")
    public JsonObject list() {
        return JsonAnswers.wrapped("voice_databases", databases.of(current.require()), DiarizationJson::database);
    }

    @GET
    @Path("{id}/")
    @Operation(summary = "One voice database with its speakers")
    public JsonObject one(@PathParam("id") long id) {
        return DiarizationJson.database(databases.find(id, current.require()));
    }

    @DELETE
    @Path("{id}/")
    @Operation(summary = "Deletes a voice database and its speakers")
    public JsonObject delete(@PathParam("id") long id) {
        databases.delete(id, current.require());
        return Json.createObjectBuilder().add("status", "success").build();
    }

    @POST
    @Path("{id}/speakers/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Enrols a speaker: name (may be Persian) and one or more samples of them alone (by default at most "
            + "10, 600 s together); the same name is replaced")
    public Response enrol(@PathParam("id") long id) {
        uploads.refuseOversized(request);
        Caller caller = current.require();
        // an enrolment's body is an upload like any other: it holds one of the caller's places while it arrives
        try (ConcurrencyLimiter.Permit place = slots.take(caller)) {
            databases.find(id, caller);
            String name = uploads.text(request, "name").orElse(null);
            databases.checkName(name);
            List<VoiceDatabase.Sample> prints = samples.embed(request, "samples", databases::embed);
            return Response.status(Response.Status.CREATED)
                    .entity(DiarizationJson.speaker(databases.enrol(id, caller, name, prints))).build();
        }
    }

    @DELETE
    @Path("{id}/speakers/{speaker}/")
    @Operation(summary = "Removes a speaker")
    public JsonObject removeSpeaker(@PathParam("id") long id, @PathParam("speaker") long speaker) {
        databases.removeSpeaker(id, speaker, current.require());
        return Json.createObjectBuilder().add("status", "success").build();
    }

    @GET
    @Path("{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The database as a JSON file that POST .../import takes again, here or on another installation")
    public Response export(@PathParam("id") long id) {
        VoiceDatabaseRecord database = databases.find(id, current.require());
        return Response.ok(database.voices().toJson(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"voice-database-" + id + ".json\"").build();
    }

    @POST
    @Path("import")
    @Operation(summary = "A new voice database from an export: the JSON as the body, or a multipart file field")
    public Response importFile(InputStream entity) {
        String json = importedText(entity);
        VoiceDatabaseRecord database = databases.importFile(current.require(), json, Optional.empty());
        return Response.status(Response.Status.CREATED).entity(DiarizationJson.database(database)).build();
    }

    private String importedText(InputStream entity) {
        String type = Optional.ofNullable(request.getContentType()).orElse("");
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA)) {
            try {
                Part file = Optional.ofNullable(request.getPart("file")).orElseThrow(() ->
                        NavaaException.invalid(ErrorCode.NO_FILE, Map.of("file", FieldError.of("field.required"))));
                if (file.getSize() > MAX_IMPORT_BYTES) {
                    throw new NavaaException(ErrorCode.FILE_TOO_LARGE, MAX_IMPORT_BYTES / 1024 / 1024);
                }
                try (InputStream in = file.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException | ServletException e) {
                throw NavaaException.invalid(ErrorCode.NO_FILE, Map.of("file", FieldError.of("field.required")));
            } catch (IllegalStateException e) {
                // the body or a part over the upload limit
                throw new NavaaException(ErrorCode.FILE_TOO_LARGE, uploads.maxMegabytes());
            }
        }
        return body(entity);
    }

    /** The body as JAX-RS holds it, which is complete even when Jersey has peeked at it. */
    private static String body(InputStream entity) {
        try (InputStream in = entity) {
            byte[] bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
            if (bytes.length > MAX_IMPORT_BYTES) {
                throw new NavaaException(ErrorCode.FILE_TOO_LARGE, MAX_IMPORT_BYTES / 1024 / 1024);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
    }
}
