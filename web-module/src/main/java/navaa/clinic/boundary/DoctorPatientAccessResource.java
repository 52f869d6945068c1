package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.GrantForm;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doc 003, "مدیریت دسترسی موقت": a doctor asks for temporary access to a patient's data. */
@Path("api/v1/doctors/patient-access/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorPatientAccessResource {

    @Inject
    CurrentCaller current;

    @Inject
    AccessGrants grants;

    @Context
    UriInfo uri;

    @POST
    @Path("grant/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A pending grant for the patient of patient_phone (09… or +989…): access_code, patient {id, name,"
            + " phone_number masked}, permissions, expires_at, qr_code_url (a PNG of this server holding helssa-access:CODE)."
            + " It opens nothing until the patient approves it with the code.",
            description = "400 VALIDATION_ERROR naming patient_phone, access_duration_hours (whole hours, 1-720), permissions"
                    + " (non-empty, of view_history, view_reports, add_notes) or reason (at most 500 characters);"
                    + " 404 PATIENT_NOT_FOUND when no patient has the number; 401 without a valid access token;"
                    + " 403 FORBIDDEN for an account that is not a doctor.")
    @RequestBody(ref = "AccessGrantRequest")
    @APIResponse(responseCode = "201", ref = "AccessGrant")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response grant(JsonObject body) {
        Caller doctor = current.require(Role.DOCTOR);
        GrantForm.Result read = GrantForm.read(body);
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        AccessGrants.Granted granted = grants.request(doctor, read.form());
        String qr = uri.getBaseUriBuilder().path("api/v1/qr/access/{code}").build(granted.grant().getAccessCode()).toString();
        return Response.status(Response.Status.CREATED).entity(GrantJson.granted(granted, qr)).build();
    }
}
