package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.entity.Account;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Django REST framework's obtain-token endpoint, for doc 002's CRM clients: username and
 * password in, a key for {@code Authorization: Token} out. As DRF's {@code ObtainAuthToken}
 * (get-or-create), every call gives the user's one key: the first makes it, later ones give
 * it back (derived again, see {@link navaa.identity.control.LoginKeys}), until it is revoked
 * or a password reset ends it.
 */
@Path("api/auth/token/")
@Public
@CsrfExempt
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class TokenResource {

    @Inject
    LoginRequests logins;

    @Inject
    ApiKeys apiKeys;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The user's API key for Authorization: Token, made on the first call (JSON body)")
    public JsonObject issueFromJson(JsonObject body) {
        return issue(AuthResource.text(body, "username"), AuthResource.text(body, "password"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The user's API key for Authorization: Token, made on the first call (form fields)")
    public JsonObject issueFromForm(@FormParam("username") String username, @FormParam("password") String password) {
        return issue(username, password);
    }

    private JsonObject issue(String username, String password) {
        Account account = logins.check(username, password, request);
        return Json.createObjectBuilder().add("token", apiKeys.loginKey(account)).build();
    }
}
