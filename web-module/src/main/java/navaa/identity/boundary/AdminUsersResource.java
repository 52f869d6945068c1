package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doc 004's user administration, field for field. */
@Path("api/admin/users")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminUsersResource {

    @Inject
    AccountAdmin admin;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "Every user with limits and stats")
    public JsonArray list() {
        return JsonAnswers.array(admin.all(current.require()), AccountJson::withLimits);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a user (role user, admin, doctor or patient)")
    public Response create(JsonObject body) {
        Account created = admin.create(body);
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("success", true).add("username", created.getUsername()).build())
                .build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edits a user; absent fields stay, null clears a limit. A new password ends the user's sessions,"
            + " refresh and access tokens and the API keys their password logins gave; the answer counts them in \"revoked\"")
    public JsonObject update(@PathParam("username") String username, JsonObject body) {
        return admin.update(username, body, current.require())
                .map(ended -> Json.createObjectBuilder(JsonAnswers.SUCCESS).add("revoked", Json.createObjectBuilder()
                        .add("sessions", ended.sessions())
                        .add("refreshTokens", ended.refreshTokens())
                        .add("apiKeys", ended.apiKeys())).build())
                .orElse(JsonAnswers.SUCCESS);
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Deletes a user; an admin cannot delete themselves")
    public JsonObject delete(@PathParam("username") String username) {
        admin.delete(username, current.require());
        return JsonAnswers.SUCCESS;
    }
}
