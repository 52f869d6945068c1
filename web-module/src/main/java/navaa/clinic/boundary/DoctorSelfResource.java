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
import jakarta.ws.rs.core.Response;
import navaa.clinic.entity.DoctorPhoto;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Account;
import navaa.platform.boundary.OpenApiFormBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Doc 003's doctor side: {@code PUT settings/} as documented; the profile, the settings'
 * {@code GET} and the photo are extensions the app needs. Only accounts with role doctor
 * (403 for others); photos are shown to every signed-in user.
 */
@Path("api/v1/doctors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class DoctorSelfResource {

    @Inject
    Doctors doctors;

    @Inject
    DoctorPhotos photos;

    @Inject
    DoctorAnswers answers;

    @Inject
    CurrentCaller current;

    @GET
    @Path("profile/")
    @Operation(summary = "The doctor's professional profile (extension): the search result's fields with first_name, last_name, gender")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject profile() {
        return answers.profile(doctors.view(self()));
    }

    @PUT
    @Path("profile/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edits the doctor's profile (extension); absent fields stay as they are")
    @RequestBody(ref = "DoctorProfileEdit")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject editProfile(JsonObject body) {
        return answers.profile(doctors.editProfile(self(), body));
    }

    @PUT
    @Path("profile/photo/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replaces the doctor's photo (extension): a PNG or JPEG file in profile_image; 413 past the limit, 415 for other content")
    @Extension(name = OpenApiFormBodies.EXTENSION, value = "DoctorPhotoForm")
    @APIResponse(responseCode = "200", ref = "DoctorProfile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public JsonObject editPhoto(@Context HttpServletRequest request) {
        return answers.replacePhoto(self(), request);
    }

    @GET
    @Path("settings/")
    @Operation(summary = "The doctor's settings in the shape PUT takes (extension)")
    @APIResponse(responseCode = "200", ref = "DoctorSettings")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject settings() {
        return DoctorJson.settings(doctors.view(self()).profile());
    }

    @PUT
    @Path("settings/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces each section sent: consultation_settings, availability (Asia/Tehran times, Saturday first),"
            + " notification_preferences, accepted_insurances; answers the settings as stored")
    @RequestBody(ref = "DoctorSettings")
    @APIResponse(responseCode = "200", ref = "DoctorSettings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject editSettings(JsonObject body) {
        return DoctorJson.settings(doctors.editSettings(self(), body));
    }

    @GET
    @Path("photos/{id}/")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "A doctor's photo by the doctor's id (the search result's profile_image), to signed-in users")
    @APIResponse(responseCode = "200", ref = "DoctorPhoto")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response photo(@PathParam("id") String id) {
        DoctorPhoto photo = photos.of(id);
        return Response.ok(photo.getContent(), photo.getContentType()).header("Cache-Control", "private, max-age=300").build();
    }

    private Account self() {
        return doctors.self(current.require());
    }
}
