package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * API keys for service accounts (a CRM, a hospital information system), issued and
 * revoked by an admin. Not in any document; the shapes follow doc 004's admin API.
 */
@Path("api/admin/api-keys")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminApiKeysResource {

    @Inject
    ApiKeys apiKeys;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "Every key: owner, name, prefix, when used and revoked (never the key itself)")
    public JsonArray list() {
        return JsonAnswers.array(apiKeys.all(), k -> ApiKeyJson.describe(k).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a key for a user: {username, name}; the key is in this answer only")
    public Response issue(JsonObject body) {
        String username = AuthResource.text(body, "username");
        String name = AuthResource.text(body, "name");
        if (username == null || name == null || name.isBlank() || name.length() > 100) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR,
                    Map.of(username == null ? "username" : "name", FieldError.of("field.required")));
        }
        Account owner = accounts.byUsername(username).orElseThrow(() -> new NavaaException(ErrorCode.USER_NOT_FOUND));
        ApiKeys.Issued issued = apiKeys.issue(owner, name.strip(), current.require().username());
        return Response.status(Response.Status.CREATED).entity(ApiKeyJson.describe(issued.record()).add("key", issued.key()).build()).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes a key; requests with it are refused from now on")
    public JsonObject revoke(@PathParam("id") long id) {
        apiKeys.revoke(id);
        return JsonAnswers.SUCCESS;
    }
}
