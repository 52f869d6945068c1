package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.AccountJson;
import navaa.identity.boundary.CsrfExempt;
import navaa.identity.boundary.Public;
import navaa.identity.boundary.Tokens;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Doc 003, "تایید OTP": the right code signs the number in with the platform's RS256 access
 * and refresh tokens (the same pair {@code /api/v1/auth/token/} gives); the first time, a
 * patient account is made for the number.
 */
@Path("api/v1/auth/verify")
@Public
@CsrfExempt
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class OtpVerifyResource {

    @Inject
    OtpSignIn signIn;

    @Inject
    Tokens tokens;

    @Inject
    PatientAccounts patients;

    @POST
    @Path("otp/")
    @Operation(summary = "Tokens for the right code: access, refresh, user, is_new_user (five guesses per code)",
            description = "400 VALIDATION_ERROR, OTP_INVALID (a wrong code, or none sent), OTP_EXPIRED (after 120 s);"
                    + " 403 PHONE_BLOCKED; 429 after five wrong guesses (the code is dead until a new one is sent),"
                    + " with doc 003's flat body {\"error\":\"too_many_requests\",\"message\",\"retry_after\"}")
    @RequestBody(ref = "OtpVerifyRequest")
    @APIResponse(responseCode = "200", ref = "OtpVerified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "OtpTooManyRequests")
    public JsonObject verify(JsonObject body) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String phone = ClinicInput.phone(body, "phone_number", errors);
        String code = ClinicInput.otpCode(body, errors);
        ClinicInput.requireValid(errors);
        OtpSignIn.Verification verified = signIn.verify(phone, code);
        switch (verified.outcome()) {
            case INVALID -> throw new NavaaException(ErrorCode.OTP_INVALID);
            case EXPIRED -> throw new NavaaException(ErrorCode.OTP_EXPIRED);
            case LOCKED -> throw NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, verified.retryAfterSeconds());
            default -> {
            }
        }
        Tokens.Pair pair = tokens.issue(verified.account());
        boolean complete = patients.profileComplete(verified.account().getId());
        return Json.createObjectBuilder()
                .add("access", pair.access())
                .add("refresh", pair.refresh())
                .add("access_expires_in", pair.accessSeconds())
                .add("refresh_expires_in", pair.refreshSeconds())
                .add("user", Json.createObjectBuilder(AccountJson.clinicUser(verified.account()))
                        .add("is_profile_complete", complete))
                .add("is_new_user", verified.newUser())
                .build();
    }
}
