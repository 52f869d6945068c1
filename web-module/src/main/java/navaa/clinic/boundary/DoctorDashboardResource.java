package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doc 003's doctor dashboard, from the doctor's own visits, ratings and notifications. Only accounts with role doctor (403 for others). */
@Path("api/v1/doctors/dashboard/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorDashboardResource {

    static final String REFUSALS = "401 without a valid access token; 403 FORBIDDEN for an account that is not a doctor.";

    @Inject
    CurrentCaller current;

    @Inject
    Doctors doctors;

    @Inject
    DoctorDashboard dashboard;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The doctor's dashboard: today_stats and week_stats (Tehran days, the week from Saturday; total counts every"
            + " visit of the period, pending counts pending and confirmed ones, revenue is the total_amount of completed visits plus"
            + " the cancellation fees of late cancellations; average_rating of the week's ratings, null for none), the next 10"
            + " upcoming_appointments (pending or confirmed, from now), the 20 newest notifications (new_appointment,"
            + " appointment_cancelled, and appointment_reminder for a visit starting within 30 minutes) in the request's language",
            description = REFUSALS)
    @APIResponse(responseCode = "200", ref = "DoctorDashboard")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject dashboard() {
        long doctor = doctors.self(current.require()).getId();
        return DashboardJson.of(dashboard.of(doctor), RequestFacts.locale(headers));
    }
}
