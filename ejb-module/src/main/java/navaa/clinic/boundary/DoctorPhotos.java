package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DoctorPhotoType;
import navaa.clinic.entity.DoctorPhoto;
import navaa.clinic.entity.DoctorProfile;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.List;

/** Doctors' profile images: replaced by the doctor or an admin, shown to every signed-in user. */
@Stateless
public class DoctorPhotos {

    @PersistenceContext
    EntityManager em;

    @Inject
    Doctors doctors;

    @Inject
    DoctorViews views;

    /** Stores the image as the doctor's photo; 415 unless its content is PNG or JPEG. */
    public void replace(Account doctor, byte[] content) {
        String type = DoctorPhotoType.of(content).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_FORMAT));
        DoctorProfile profile = doctors.stored(doctor);
        DoctorPhoto photo = views.photo(profile).orElseGet(() -> new DoctorPhoto(profile.getId()));
        photo.replace(type, content);
        if (photo.getId() == null) {
            em.persist(photo);
        }
    }

    /** The photo of the doctor with this UUID; 404 for no such doctor or no photo. */
    public DoctorPhoto of(String doctorUuid) {
        return em.createQuery("select a from Account a where a.uuid = :uuid", Account.class).setParameter("uuid", doctorUuid)
                .getResultStream().filter(a -> a.getRoles().contains(Role.DOCTOR)).findFirst()
                .flatMap(a -> em.createNamedQuery(DoctorProfile.OF_ACCOUNTS, DoctorProfile.class).setParameter("accounts", List.of(a.getId()))
                        .getResultStream().findFirst())
                .flatMap(views::photo)
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }
}
