package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import navaa.clinic.control.PatientForm;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Doc 003, "پروفایل بیمار", for accounts with role {@code patient}; anyone else is refused
 * with 403. PUT (replace) and PATCH (merge) are this platform's extension: the app edits
 * the profile it reads. Dates are Jalali both ways.
 */
@Path("api/v1/patients/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class PatientProfileResource {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final String EDIT_REFUSALS = "Answers the profile as stored. 400 VALIDATION_ERROR names each bad field in"
            + " details.field_errors by its dotted path (address.postal_code); 401 without a valid access token;"
            + " 403 FORBIDDEN for an account that is not a patient.";

    @Inject
    CurrentCaller current;

    @Inject
    PatientAccounts patients;

    @GET
    @Operation(summary = "The patient's profile: identity, address, emergency_contact, medical_info, insurance (Jalali dates)",
            description = "401 without a valid access token, 403 FORBIDDEN for an account that is not a patient.")
    @APIResponse(responseCode = "200", ref = "PatientProfile")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject profile() {
        return PatientJson.of(patients.profileOf(patient()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extension: replaces the profile (fields left out are cleared); id and phone_number stay",
            description = EDIT_REFUSALS)
    @RequestBody(ref = "PatientProfile")
    @APIResponse(responseCode = "200", ref = "PatientProfile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject replace(JsonObject body) {
        return edit(body, true);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extension: changes only the fields sent (inside address and the other groups too); null clears;"
            + " answers and refusals as PUT")
    @RequestBody(ref = "PatientProfile")
    @APIResponse(responseCode = "200", ref = "PatientProfile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject merge(JsonObject body) {
        return edit(body, false);
    }

    private JsonObject edit(JsonObject body, boolean replace) {
        long account = patient();
        if (body == null) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
        PatientForm form = PatientForm.read(body, replace, LocalDate.now(TEHRAN));
        return PatientJson.of(patients.edit(account, form));
    }

    private long patient() {
        return current.require(Role.PATIENT).accountId();
    }
}
