package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Extensions: the encounter's doctor confirms a pending visit and completes a confirmed one. */
@Path("api/v1/doctors/encounters/{id}/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorEncountersResource {

    private static final String REFUSALS = "404 NOT_FOUND for no encounter of this doctor; 409 CONFLICT for a step out of"
            + " order; 401 without a valid access token; 403 FORBIDDEN for an account that is not a doctor.";

    @Inject
    CurrentCaller current;

    @Inject
    Doctors doctors;

    @Inject
    EncounterSteps steps;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("confirm/")
    @Operation(summary = "Extension: the doctor confirms a pending encounter; answers it as the patient's list shows it",
            description = REFUSALS)
    @APIResponse(responseCode = "200", ref = "ListedEncounter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject confirm(@PathParam("id") String id) {
        return step(id, "pending", "confirmed");
    }

    @POST
    @Path("complete/")
    @Operation(summary = "Extension: the doctor completes a confirmed encounter, which the patient may then rate",
            description = REFUSALS)
    @APIResponse(responseCode = "200", ref = "ListedEncounter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject complete(@PathParam("id") String id) {
        return step(id, "confirmed", "completed");
    }

    private JsonObject step(String id, String from, String to) {
        long doctor = doctors.self(current.require()).getId();
        EncounterBooking.Booked moved = steps.advance(doctor, id, from, to);
        return EncounterJson.listed(moved.encounter(), moved.doctor(), RequestFacts.locale(headers), uri.getBaseUri()).build();
    }
}
