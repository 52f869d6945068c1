package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Django's logout for doc 000's session clients. Unlike login it is CSRF-checked: a
 * forged logout is the classic nuisance attack.
 */
@Path("accounts/logout/")
@Tag(name = "auth")
public class AccountsLogoutResource {

    @Inject
    LoginRequests logins;

    @Context
    HttpServletRequest request;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends the session (doc 000 family: needs X-CSRFToken)")
    public Response logout() {
        return logins.closeSession(Response.ok(Json.createObjectBuilder().add("status", "success").build()), request).build();
    }
}
