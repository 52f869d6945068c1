package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.CsrfExempt;
import navaa.identity.boundary.Public;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Doc 003, "درخواست OTP": a six-digit code sent to a phone number. */
@Path("api/v1/auth/login")
@Public
@CsrfExempt
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class OtpLoginResource {

    private static final List<String> CHANNELS = List.of("sms", "whatsapp", "call");

    @Inject
    OtpSignIn signIn;

    @Context
    HttpHeaders headers;

    @POST
    @Path("otp/")
    @Operation(summary = "Sends a one-time code (valid 120 s) to phone_number (09... or +989...) by channel sms|whatsapp|call",
            description = "200 {message, expires_in, resend_available_in, masked_phone}; 400 VALIDATION_ERROR; 403 PHONE_BLOCKED"
                    + " (the number's account may not sign in); 503 when the configured SMS gateway did not take the text;"
                    + " 429 within 60 s of the last code or after five codes this hour, with doc 003's flat body"
                    + " {\"error\":\"too_many_requests\",\"message\",\"retry_after\"}")
    @RequestBody(ref = "OtpRequest")
    @APIResponse(responseCode = "200", ref = "OtpSent")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "OtpTooManyRequests")
    public JsonObject request(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String phone = ClinicInput.phone(body, "phone_number", errors);
        String channel = ClinicInput.text(body, "channel");
        if (channel == null) {
            channel = "sms";
        } else if (!CHANNELS.contains(channel)) {
            errors.put("channel", FieldError.of("field.channel"));
        }
        ClinicInput.requireValid(errors);
        Locale locale = RequestFacts.locale(headers);
        OtpSignIn.Sent sent = signIn.request(phone, channel, locale);
        return Json.createObjectBuilder()
                .add("message", Messages.text("clinic.otp.sent", locale))
                .add("expires_in", sent.expiresInSeconds())
                .add("resend_available_in", sent.resendInSeconds())
                .add("masked_phone", sent.maskedPhone())
                .build();
    }
}
