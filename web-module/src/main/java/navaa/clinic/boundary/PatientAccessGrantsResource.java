package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.AccessCodes;
import navaa.clinic.control.PageRequest;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RateLimitFilter;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.Decision;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Map;

/**
 * Extensions: the patient's side of doc 003's temporary access. They list the doctors' grants,
 * approve one with the code the doctor gave them (nothing is open before), and revoke one at
 * any time (the doctor loses access at once).
 */
@Path("api/v1/patients/access-grants/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class PatientAccessGrantsResource {

    @Inject
    CurrentCaller current;

    @Inject
    AccessGrants grants;

    @Inject
    ApprovalGuard guard;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Extension: the patient's grants, newest first, paged (page, page_size 1-100): id, doctor {id, name},"
            + " permissions, reason, status (pending, approved, revoked, expired), expires_at, created_at, approved_at, revoked_at",
            description = "400 VALIDATION_ERROR for a bad page or page_size; 404 NOT_FOUND for a page past the last;"
                    + " 401 without a valid access token; 403 FORBIDDEN for an account that is not a patient.")
    @APIResponse(responseCode = "200", ref = "PatientAccessGrantPage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long patient = current.require(Role.PATIENT).accountId();
        PageRequest asked = DrfPage.request(uri);
        AccessGrants.Page found = grants.of(patient, asked);
        Locale locale = RequestFacts.locale(headers);
        return DrfPage.answer(uri, asked, found.count(), JsonAnswers.array(found.results(), l -> GrantJson.listed(l, locale)));
    }

    @POST
    @Path("approve/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extension: the patient approves their pending grant by {\"access_code\"} (either case); answers the grant",
            description = "400 VALIDATION_ERROR when access_code is missing or not six letters and digits; 404 NOT_FOUND"
                    + " (details.field_errors.access_code) when no pending, unexpired grant of theirs has it; 429"
                    + " TOO_MANY_REQUESTS after five wrong codes in 15 minutes, with Retry-After, the X-RateLimit headers"
                    + " counting wrong codes; 401, 403 FORBIDDEN for an account that is not a patient.")
    @RequestBody(ref = "AccessCodeRequest")
    @APIResponse(responseCode = "200", ref = "PatientAccessGrant")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public JsonObject approve(JsonObject body) {
        long patient = current.require(Role.PATIENT).accountId();
        String code = ClinicInput.text(body, "access_code");
        String upper = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (!AccessCodes.wellFormed(upper)) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR,
                    Map.of("access_code", FieldError.of(code == null ? "field.required" : "field.accessCodeFormat")));
        }
        Decision attempt = guard.attempt(patient);
        if (!attempt.allowed()) {
            RateLimitFilter.report(request, attempt);
            throw NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, attempt.retryAfterSeconds());
        }
        try {
            AccessGrants.Listed approved = grants.approve(patient, upper);
            guard.succeeded(patient);
            return GrantJson.listed(approved, RequestFacts.locale(headers));
        } finally {
            RateLimitFilter.report(request, guard.standing(patient));
        }
    }

    @POST
    @Path("{id}/revoke/")
    @Operation(summary = "Extension: the patient revokes their grant at once, whatever its state; answers the grant",
            description = "404 NOT_FOUND for no grant of theirs; 401; 403 FORBIDDEN for an account that is not a patient.")
    @APIResponse(responseCode = "200", ref = "PatientAccessGrant")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject revoke(@PathParam("id") String id) {
        long patient = current.require(Role.PATIENT).accountId();
        return GrantJson.listed(grants.revoke(patient, id), RequestFacts.locale(headers));
    }
}
