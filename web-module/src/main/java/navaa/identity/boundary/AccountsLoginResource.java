package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Doc 000's form login, which the ClearCast and Audio Processing clients use. Exempt from
 * the X-CSRFToken check (there is no session yet), but not from the origin check.
 */
@Path("accounts/login/")
@Public
@CsrfExempt
@Tag(name = "auth")
public class AccountsLoginResource {

    @Inject
    LoginRequests logins;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Session login with form fields (doc 000); sets sessionid and csrftoken cookies")
    public Response login(@FormParam("username") String username, @FormParam("password") String password) {
        logins.requireSameOrigin(request);
        Account account = logins.check(username, password, request);
        return logins.openSession(Response.ok(Json.createObjectBuilder()
                .add("status", "success")
                .add("user", AccountJson.djangoUser(account))
                .build()), account, request).build();
    }
}
