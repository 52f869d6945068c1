package navaa.clinic.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import navaa.clinic.control.DoctorView;
import navaa.identity.entity.Account;
import navaa.platform.boundary.RequestFacts;

import java.net.URI;

/**
 * What the doctor's own resource and the admin's answer alike: a profile in the caller's
 * language with its photo's absolute URL, and a photo replaced from the request's form.
 */
@RequestScoped
public class DoctorAnswers {

    @Inject
    Doctors doctors;

    @Inject
    DoctorPhotos photos;

    @Inject
    DoctorPhotoUpload upload;

    /** The request in hand, for its language and this server's address. */
    @Inject
    HttpServletRequest inHand;

    JsonObject profile(DoctorView view) {
        URI base = URI.create(inHand.getRequestURL().toString()).resolve(inHand.getContextPath() + "/");
        return DoctorJson.profile(view, RequestFacts.locale(inHand), photoUrl(base, view.account()));
    }

    /**
     * The doctor's photo replaced by the form's {@code profile_image}; answers the profile.
     *
     * @param request the request as JAX-RS hands it (the multipart filter wrapped it; CDI's is not)
     */
    JsonObject replacePhoto(Account doctor, HttpServletRequest request) {
        photos.replace(doctor, upload.read(request));
        return profile(doctors.view(doctor));
    }

    /** The absolute URL of a doctor's photo, as Django REST framework writes file fields. */
    static String photoUrl(URI base, Account doctor) {
        return base.resolve("api/v1/doctors/photos/" + doctor.getUuid() + "/").toString();
    }
}
