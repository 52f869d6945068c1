package navaa.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import navaa.diarization.boundary.VoiceDatabases;
import navaa.identity.boundary.AdminOnly;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every user's voice databases, to list and delete. A diarization already asked for keeps
 * its own copy of the voices, so deleting a database never breaks a job.
 */
@Path("api/admin/voice-databases")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminVoiceDatabasesResource {

    @Inject
    VoiceDatabases databases;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "[{id, name, owner, speakers, createdAt}], newest first")
    public JsonArray list() {
        return JsonAnswers.array(databases.all(), AdminJson::voiceDatabase);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a voice database with its speakers")
    public JsonObject delete(@PathParam("id") long id) {
        databases.delete(id, current.require());
        return JsonAnswers.SUCCESS;
    }
}
