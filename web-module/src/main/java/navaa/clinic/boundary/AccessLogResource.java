package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.PageRequest;
import navaa.clinic.entity.AccessLogEntry;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Extension: the patient reads who looked at or changed their data — doctors (under which
 * grant or encounter) and admins — including looks that were refused. Read only: nothing in
 * the API changes the log.
 */
@Path("api/v1/patients/access-log/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class AccessLogResource {

    @Inject
    CurrentCaller current;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Extension: the patient's access log, newest first, paged (page, page_size 1-100): each read or"
            + " change of their data by a doctor or admin, allowed or refused, with the grant or encounter that allowed it",
            description = "400 VALIDATION_ERROR for a bad page or page_size; 404 NOT_FOUND for a page past the last;"
                    + " 401 without a valid access token; 403 FORBIDDEN for an account that is not a patient.")
    @APIResponse(responseCode = "200", ref = "AccessLogPage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject log(@QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long patient = current.require(Role.PATIENT).accountId();
        PageRequest asked = DrfPage.request(uri);
        AuditTrail.Page found = audit.of(patient, asked);
        return DrfPage.answer(uri, asked, found.count(), JsonAnswers.array(found.results(),
                AccessLogResource::entry));
    }

    private static JsonObject entry(AuditTrail.Logged logged) {
        AccessLogEntry e = logged.entry();
        return Json.createObjectBuilder()
                .add("id", e.getId())
                .add("actor", Json.createObjectBuilder()
                        .add("id", logged.actor() == null ? JsonValue.NULL : Json.createValue(logged.actor().getUuid()))
                        .add("name", logged.actor() == null ? JsonValue.NULL : Json.createValue(DoctorJson.fullName(logged.actor())))
                        .add("role", e.getActorRole()))
                .add("action", e.getAction())
                .add("record_id", nullable(e.getSubject()))
                .add("grant_id", nullable(e.getGrantUuid()))
                .add("encounter_id", nullable(e.getEncounterUuid()))
                .add("allowed", e.isAllowed())
                .add("created_at", DoctorJson.timestamp(e.getCreatedAt()))
                .build();
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : Json.createValue(text);
    }
}
