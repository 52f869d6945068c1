package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** RS256 JWTs in doc 003's shapes: password login, refresh, and logout that blacklists the refresh token. */
@Path("api/v1/auth")
@Public
@CsrfExempt
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class JwtAuthResource {

    @Inject
    LoginRequests logins;

    @Inject
    Tokens tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token/")
    @Operation(summary = "Access (3600 s) and refresh (604800 s) tokens for a username and password")
    @RequestBody(ref = "PasswordTokenRequest")
    @APIResponse(responseCode = "200", ref = "TokenPair")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public JsonObject token(JsonObject body) {
        Account account = logins.check(AuthResource.text(body, "username"), AuthResource.text(body, "password"), request);
        Tokens.Pair pair = tokens.issue(account);
        return Json.createObjectBuilder()
                .add("access", pair.access())
                .add("refresh", pair.refresh())
                .add("access_expires_in", pair.accessSeconds())
                .add("refresh_expires_in", pair.refreshSeconds())
                .add("user", AccountJson.clinicUser(account))
                .build();
    }

    @POST
    @Path("refresh/")
    @Operation(summary = "A new access token; the refresh token stays usable until logout or expiry")
    @RequestBody(ref = "RefreshRequest")
    @APIResponse(responseCode = "200", ref = "RefreshedAccess")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public JsonObject refresh(JsonObject body) {
        String access = tokens.refresh(refreshToken(body));
        return Json.createObjectBuilder().add("access", access).add("access_expires_in", tokens.accessSeconds()).build();
    }

    @POST
    @Path("logout/")
    @Operation(summary = "Blacklists the refresh token; refreshing with it is 401 afterwards")
    @RequestBody(ref = "RefreshRequest")
    @APIResponse(responseCode = "204", ref = "LoggedOut")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response logout(JsonObject body) {
        tokens.revoke(refreshToken(body));
        return Response.noContent().build();
    }

    private static String refreshToken(JsonObject body) {
        String refresh = AuthResource.text(body, "refresh");
        if (refresh == null || refresh.isBlank()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("refresh", FieldError.of("field.required")));
        }
        return refresh;
    }
}
