package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A user's own API keys: list them and revoke one that leaked without waiting for an
 * admin. Another user's key id is "not found", by the platform's ownership rule.
 */
@Path("api/auth/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class OwnApiKeysResource {

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The caller's API keys (never the keys themselves)")
    public JsonArray list() {
        return JsonAnswers.array(apiKeys.of(current.require()), k -> ApiKeyJson.describe(k).build());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes one of the caller's keys; another user's key is 404")
    public JsonObject revoke(@PathParam("id") long id) {
        apiKeys.revokeOwn(id, current.require());
        return JsonAnswers.SUCCESS;
    }
}
