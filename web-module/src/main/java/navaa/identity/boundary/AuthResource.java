package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Doc 004's JSON login, logout and profile, used by the chat front end and the admin console. */
@Path("api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    @Inject
    LoginRequests logins;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("login")
    @Public
    @CsrfExempt
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Session login with a JSON body (doc 004); sets sessionid and csrftoken cookies;"
            + " registers an unknown user when NAVAA_ALLOW_AUTO_REGISTER is true")
    public Response login(JsonObject body) {
        logins.requireSameOrigin(request);
        Account account = logins.checkOrRegister(text(body, "username"), text(body, "password"), request);
        return logins.openSession(Response.ok(Json.createObjectBuilder()
                .add("success", true)
                .add("username", account.getUsername())
                .add("role", account.primaryRole().value())
                .add("message", Messages.text("login.success", RequestFacts.locale(headers)))
                .build()), account, request).build();
    }

    @POST
    @Path("logout")
    @Public
    @Operation(summary = "Ends the session of the sessionid cookie")
    public Response logout() {
        return logins.closeSession(Response.ok(Json.createObjectBuilder().add("success", true).build()), request).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's profile and stats (doc 004), by any of the four ways in")
    public JsonObject me() {
        Account account = accounts.byUsername(current.require().username())
                .orElseThrow(() -> new NavaaException(ErrorCode.UNAUTHORIZED));
        return AccountJson.profile(account).build();
    }

    static String text(JsonObject body, String field) {
        return body != null && body.get(field) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }
}
