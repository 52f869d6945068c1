package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.clinic.control.QrCodes;
import navaa.identity.boundary.Public;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * A grant's QR code (doc 003's {@code qr_code_url}), made on this server. Open to anyone
 * holding the code, as an image tag loads it: the code is the secret the patient is given
 * anyway, and it approves nothing without the patient's own sign-in. Only a pending,
 * unexpired grant's code has a picture; any other is 404.
 */
@Path("api/v1/qr/access/{code}")
@Public
@Tag(name = "clinic")
public class AccessQrResource {

    @Inject
    AccessGrants grants;

    @GET
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "The QR code (PNG) of a pending grant's access code; it holds the text helssa-access:CODE",
            description = "404 NOT_FOUND for a code that is not a pending, unexpired grant's.")
    @APIResponse(responseCode = "200", ref = "AccessQr")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response qr(@PathParam("code") String code) {
        if (!grants.pending(code)) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return Response.ok(QrCodes.png(QrCodes.accessText(code.toUpperCase(Locale.ROOT))), "image/png")
                .header("Cache-Control", "no-store").build();
    }
}
