package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.MedicalFileFilter;
import navaa.clinic.control.MedicalFileForm;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Extension: a doctor lists a patient's medical files through the access gate: all of them
 * with view_reports granted; without a grant, those attached to the doctor's own encounters
 * with the patient; otherwise 404 (the refusal in the patient's access log).
 */
@Path("api/v1/doctors/patients/{patient_id}/medical-files/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorPatientFilesResource {

    @Inject
    CurrentCaller current;

    @Inject
    MedicalFiles files;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Extension: a patient's medical files (patient_id is the patient profile's id), newest first, paged and"
            + " filtered as the patient's own list: all with an approved grant holding view_reports; without one, the files"
            + " attached to the doctor's own encounters with the patient (encounter_id narrows to one of them)",
            description = "404 NOT_FOUND for no such patient, no grant and no encounter of this doctor with them, or an encounter_id"
                    + " that is not the doctor's; every look, allowed or refused, is in the patient's access log;"
                    + " 400 VALIDATION_ERROR for a bad parameter; 401 without a valid access token.")
    @APIResponse(responseCode = "200", ref = "MedicalFilePage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject list(@PathParam("patient_id") String patientId, @QueryParam("file_type") String fileType,
                           @QueryParam("encounter_id") String encounterId, @QueryParam("page") String page,
                           @QueryParam("page_size") String pageSize) {
        var caller = current.require();
        MedicalFileFilter filter = MedicalFilesResource.filter(uri);
        // a patient's id is a uuid: anything else names no one (and is not carried into the log unbounded)
        String patient = MedicalFileForm.uuid(patientId);
        if (patient == null) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return MedicalFilesResource.page(uri, filter, files.of(caller, patient, filter));
    }
}
