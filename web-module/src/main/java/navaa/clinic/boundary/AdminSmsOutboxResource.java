package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import navaa.clinic.control.PhoneNumbers;
import navaa.identity.boundary.AdminOnly;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The development SMS provider's outbox (api-map §4): what would have been texted, the
 * one-time codes among it, for an admin to read on an install with no SMS gateway.
 */
@Path("api/admin/sms/outbox")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminSmsOutboxResource {

    @Inject
    SmsDelivery sms;

    @GET
    @Operation(summary = "The outbox newest first (the last 200), of one number when phone (E.164 or 09...) is given",
            description = "[{\"phone\",\"channel\",\"text\",\"created_at\"}]; 400 when phone is not a mobile number")
    @APIResponse(responseCode = "200", ref = "SmsOutbox")
    public JsonArray outbox(@QueryParam("phone") String phone) {
        Optional<String> number = Optional.empty();
        if (phone != null && !phone.isBlank()) {
            number = Optional.of(PhoneNumbers.normalize(phone).orElseThrow(() -> NavaaException.invalid(
                    ErrorCode.VALIDATION_ERROR, Map.of("phone", FieldError.of("field.phone")))));
        }
        return JsonAnswers.array(sms.outbox(number), m -> Json.createObjectBuilder()
                .add("phone", m.getPhone())
                .add("channel", m.getChannel())
                .add("text", m.getText())
                .add("created_at", m.getCreatedAt().truncatedTo(ChronoUnit.MILLIS).toString())
                .build());
    }
}
