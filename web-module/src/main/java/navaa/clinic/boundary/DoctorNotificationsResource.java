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
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** Extension: the doctor marks one of the dashboard's notifications read. Only accounts with role doctor (403 for others). */
@Path("api/v1/doctors/notifications/{id}/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorNotificationsResource {

    @Inject
    CurrentCaller current;

    @Inject
    Doctors doctors;

    @Inject
    DoctorInbox inbox;

    @Context
    HttpHeaders headers;

    @POST
    @Path("read/")
    @Operation(summary = "Extension: marks one of the doctor's notifications read; answers it as the dashboard lists it",
            description = "404 NOT_FOUND for no stored notification of this doctor (a reminder is worked out when read, not"
                    + " stored, and cannot be marked); " + DoctorDashboardResource.REFUSALS)
    @APIResponse(responseCode = "200", ref = "DoctorNotification")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject read(@PathParam("id") String id) {
        long doctor = doctors.self(current.require()).getId();
        return DashboardJson.notification(inbox.markRead(doctor, id), Instant.now(), RequestFacts.locale(headers));
    }
}
