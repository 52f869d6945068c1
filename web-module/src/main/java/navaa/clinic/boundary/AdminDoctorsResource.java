package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.AdminOnly;
import navaa.platform.boundary.OpenApiFormBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A doctor's professional profile as an admin edits it, by the doctor's username (doc
 * 004's key for users); the body and answer are those of {@code /api/v1/doctors/profile/}.
 * A username that is not a doctor's is 404.
 */
@Path("api/admin/doctors/{username}")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminDoctorsResource {

    @Inject
    Doctors doctors;

    @Inject
    DoctorAnswers answers;

    @GET
    @Path("profile")
    @Operation(summary = "A doctor's professional profile")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    public JsonObject profile(@PathParam("username") String username) {
        return answers.profile(doctors.view(doctors.byUsername(username)));
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edits a doctor's professional profile; absent fields stay as they are")
    @RequestBody(ref = "DoctorProfileEdit")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    public JsonObject editProfile(@PathParam("username") String username, JsonObject body) {
        return answers.profile(doctors.editProfile(doctors.byUsername(username), body));
    }

    @PUT
    @Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replaces a doctor's photo: a PNG or JPEG file in profile_image; 413 past the limit, 415 for other content")
    @Extension(name = OpenApiFormBodies.EXTENSION, value = "DoctorPhotoForm")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    public JsonObject editPhoto(@PathParam("username") String username, @Context HttpServletRequest request) {
        return answers.replacePhoto(doctors.byUsername(username), request);
    }
}
