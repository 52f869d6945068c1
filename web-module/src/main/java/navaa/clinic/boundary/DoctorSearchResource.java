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
import navaa.clinic.control.DoctorSearchCriteria;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * Doc 003's doctor search for signed-in users: every documented filter and sort, in
 * Django REST framework's page shape ({@code count}, {@code next}, {@code previous} as
 * absolute URLs keeping the other parameters, {@code results}; see {@link DrfPage}).
 */
@Path("api/v1/patients/doctors/search/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorSearchResource {

    @Inject
    DoctorDirectory directory;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Doctors by q (name, specialty, city), specialty code, city, gender, online_available,"
            + " insurance_accepted, min_rating (1-5); sort_by rating, experience or price; page (and page_size, 1-100, default 20)")
    @APIResponse(responseCode = "200", ref = "DoctorSearchPage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S107")
    public JsonObject search(@QueryParam("q") String q, @QueryParam("specialty") String specialty, @QueryParam("city") String city,
                             @QueryParam("gender") String gender, @QueryParam("online_available") String online,
                             @QueryParam("insurance_accepted") String insurer, @QueryParam("min_rating") String minRating,
                             @QueryParam("sort_by") String sortBy, @QueryParam("page") String page,
                             @QueryParam("page_size") String pageSize) {
        DoctorSearchCriteria.Result read = DoctorSearchCriteria.read(DrfPage.query(uri));
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        DoctorSearchCriteria criteria = read.criteria();
        DoctorDirectory.Page found = directory.search(criteria);
        Locale locale = RequestFacts.locale(headers);
        return DrfPage.answer(uri, new PageRequest(criteria.page(), criteria.pageSize()), found.count(), JsonAnswers.array(found.results(),
                v -> DoctorJson.card(v, locale, DoctorAnswers.photoUrl(uri.getBaseUri(), v.account())).build()));
    }
}
