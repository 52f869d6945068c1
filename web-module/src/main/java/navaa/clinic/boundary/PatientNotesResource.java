package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.PageRequest;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** Extension: the patient reads the notes doctors wrote in their record, all but the private ones. */
@Path("api/v1/patients/notes/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class PatientNotesResource {

    @Inject
    CurrentCaller current;

    @Inject
    ClinicalNotes notes;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Extension: the patient's notes (not the private ones), newest first, paged (page, page_size 1-100),"
            + " each as doc 003's note", description = "400 VALIDATION_ERROR for a bad page or page_size; 404 NOT_FOUND for a page"
            + " past the last; 401; 403 FORBIDDEN for an account that is not a patient.")
    @APIResponse(responseCode = "200", ref = "PatientNotePage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long patient = current.require(Role.PATIENT).accountId();
        PageRequest asked = DrfPage.request(uri);
        ClinicalNotes.Page found = notes.forPatient(patient, asked);
        Locale locale = RequestFacts.locale(headers);
        return DrfPage.answer(uri, asked, found.count(), JsonAnswers.array(found.results(), w -> NoteJson.of(w, locale)));
    }
}
