package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.boundary.PatientAccess.Access;
import navaa.clinic.boundary.PatientAccess.Look;
import navaa.clinic.control.NoteForm;
import navaa.clinic.control.PageRequest;
import navaa.clinic.control.Permission;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A doctor's look at one patient ({@code patient_id}: the patient's account id), always through
 * {@link PatientAccess}: doc 003's "ثبت یادداشت برای بیمار", and as extensions the notes and the
 * profile. A patient the doctor may not see is 404, as one that does not exist.
 */
@Path("api/v1/doctors/patients/{patient_id}/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorPatientsResource {

    private static final String REFUSALS = "404 NOT_FOUND for a patient the doctor may not see (no approved, unexpired grant"
            + " with the permission, and not the doctor of the encounter named), as for no patient; 401 without a valid access"
            + " token; 403 FORBIDDEN for an account that is not a doctor.";

    @Inject
    CurrentCaller current;

    @Inject
    ClinicalNotes notes;

    @Inject
    PatientAccess gate;

    @Inject
    PatientAccounts patients;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("notes/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A note in the patient's record: with a grant holding add_notes, or as the doctor of encounter_id;"
            + " answers id, note_type, content, created_at, created_by {id, name}, encounter {id, date} or null, is_private, tags",
            description = "400 VALIDATION_ERROR naming encounter_id (not this patient's), note_type (clinical, followup,"
                    + " prescription, other), content (required, at most 10000 characters), is_private or tags (at most 10 of"
                    + " at most 50 characters). " + REFUSALS)
    @RequestBody(ref = "PatientNoteRequest")
    @APIResponse(responseCode = "201", ref = "PatientNote")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response write(@PathParam("patient_id") String patientId, JsonObject body) {
        Caller doctor = current.require(Role.DOCTOR);
        NoteForm.Result read = NoteForm.read(body);
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        ClinicalNotes.Written written = notes.write(doctor, patientId, read.form());
        return Response.status(Response.Status.CREATED).entity(NoteJson.of(written, RequestFacts.locale(headers))).build();
    }

    @GET
    @Path("notes/")
    @Operation(summary = "Extension: the patient's notes, newest first, paged (page, page_size 1-100); with view_history all"
            + " of them (encounter_id narrows to one encounter), as the doctor of encounter_id that encounter's; private"
            + " notes only the caller's own", description = "400 VALIDATION_ERROR for a bad page, page_size or encounter_id. " + REFUSALS)
    @APIResponse(responseCode = "200", ref = "PatientNotePage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject list(@PathParam("patient_id") String patientId, @QueryParam("encounter_id") String encounterId,
                           @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        Caller doctor = current.require(Role.DOCTOR);
        PageRequest.Result read = PageRequest.read(DrfPage.query(uri));
        Map<String, FieldError> errors = new HashMap<>(read.errors());
        String encounter = encounterId == null || encounterId.isBlank() ? null : encounterId.strip();
        if (encounter != null && encounter.length() > 36) {
            errors.put("encounter_id", FieldError.of("field.encounter"));
        }
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
        ClinicalNotes.Page found = notes.forDoctor(doctor, patientId, encounter, read.page());
        Locale locale = RequestFacts.locale(headers);
        return DrfPage.answer(uri, read.page(), found.count(), JsonAnswers.array(found.results(), w -> NoteJson.of(w, locale)));
    }

    @GET
    @Operation(summary = "Extension: the patient's profile as the patient reads it (doc 003's patient profile), with a grant"
            + " holding view_history", description = REFUSALS)
    @APIResponse(responseCode = "200", ref = "PatientProfile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject profile(@PathParam("patient_id") String patientId) {
        Caller doctor = current.require(Role.DOCTOR);
        Access access = gate.require(doctor, patientId, Look.of(Permission.VIEW_HISTORY, "patient.profile", null));
        return PatientJson.of(patients.profileOf(access.patient().getId()));
    }
}
