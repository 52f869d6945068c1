package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import navaa.clinic.control.PageRequest;
import navaa.clinic.control.BookingForm;
import navaa.clinic.control.EncounterFilter;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * Doc 003's encounters of the signed-in patient: booking a doctor's visit and the list of
 * the patient's own visits (DRF's page shape, as the doctor search). Anyone who is not a
 * patient is refused with 403.
 */
@Path("api/v1/patients/encounters/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class EncountersResource {

    @Inject
    CurrentCaller current;

    @Inject
    EncounterBooking booking;

    @Inject
    EncounterList list;

    @Inject
    EncounterSteps steps;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("book/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Books a visit: doctor_id, scheduled_at, visit_type (online|in_person), chief_complaint, description,"
            + " insurance_info; 201 with the booking reference, price split and cancellation policy",
            description = "400 VALIDATION_ERROR names each bad field; 401 without a valid access token; 403 FORBIDDEN for an"
                    + " account that is not a patient; 404 DOCTOR_NOT_FOUND; 409 APPOINTMENT_CONFLICT for a time already booked,"
                    + " outside the doctor's working hours, in a break or in the past.")
    @RequestBody(ref = "BookingRequest")
    @APIResponse(responseCode = "201", ref = "BookedEncounter")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response book(JsonObject body) {
        long patient = patient();
        if (body == null) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
        EncounterBooking.Booked booked = booking.book(patient, BookingForm.read(body));
        return Response.status(Response.Status.CREATED)
                .entity(EncounterJson.booked(booked.encounter(), booked.doctor(), RequestFacts.locale(headers))).build();
    }

    @GET
    @Operation(summary = "The patient's own encounters, newest first: status (pending|confirmed|completed|cancelled), from_date,"
            + " to_date (YYYY-MM-DD, Tehran days), doctor_id, page, page_size (1-100, default 20)",
            description = "400 VALIDATION_ERROR for a bad parameter; 404 NOT_FOUND for a page past the last; 401 and 403 as booking.")
    @APIResponse(responseCode = "200", ref = "EncounterPage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject encounters(@QueryParam("status") String status, @QueryParam("from_date") String from,
                                 @QueryParam("to_date") String to, @QueryParam("doctor_id") String doctorId,
                                 @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long patient = patient();
        EncounterFilter.Result read = EncounterFilter.read(DrfPage.query(uri));
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        EncounterFilter filter = read.filter();
        EncounterList.Page found = list.of(patient, filter);
        Locale locale = RequestFacts.locale(headers);
        return DrfPage.answer(uri, new PageRequest(filter.page(), filter.pageSize()), found.count(), JsonAnswers.array(found.results(),
                l -> EncounterJson.listed(l.encounter(), l.doctor(), locale, uri.getBaseUri()).build()));
    }

    @POST
    @Path("{id}/cancel/")
    @Operation(summary = "Extension: the patient cancels their own encounter; answers it as listed with cancelled_at and"
            + " cancellation_fee (0 until a day before the visit, then half the patient's share)",
            description = "404 NOT_FOUND for no encounter of this patient; 409 CONFLICT for one completed, cancelled or"
                    + " already started; 401 and 403 as booking.")
    @APIResponse(responseCode = "200", ref = "CancelledEncounter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject cancel(@PathParam("id") String id) {
        long patient = patient();
        EncounterBooking.Booked cancelled = steps.cancel(patient, id);
        return EncounterJson.cancelled(cancelled.encounter(), cancelled.doctor(), RequestFacts.locale(headers), uri.getBaseUri());
    }

    @POST
    @Path("{id}/rate/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extension: the patient rates their completed encounter once, {\"score\": 1-5}; 201 {encounter_id, score}",
            description = "400 VALIDATION_ERROR for a score that is not 1 to 5; 404 NOT_FOUND for no encounter of this patient;"
                    + " 409 CONFLICT for one not completed or already rated; 401 and 403 as booking.")
    @RequestBody(ref = "RatingRequest")
    @APIResponse(responseCode = "201", ref = "Rating")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response rate(@PathParam("id") String id, JsonObject body) {
        long patient = patient();
        JsonValue score = body == null ? null : body.get("score");
        steps.rate(patient, id, score instanceof JsonNumber n && n.isIntegral() ? Integer.valueOf(n.intValue()) : null);
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("encounter_id", id).add("score", score).build()).build();
    }

    private long patient() {
        return current.require(Role.PATIENT).accountId();
    }
}
