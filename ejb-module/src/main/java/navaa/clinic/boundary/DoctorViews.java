package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DoctorCalendar;
import navaa.clinic.control.DoctorSlots;
import navaa.clinic.control.DoctorView;
import navaa.clinic.entity.DoctorPhoto;
import navaa.clinic.entity.DoctorProfile;
import navaa.identity.entity.Account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What doc 003 shows of a doctor besides the profile: ratings, the next free visit, the photo's presence. */
@Stateless
public class DoctorViews {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    DoctorCalendar calendar;

    /** The doctor with ratings counted now. */
    public DoctorView of(Account doctor, DoctorProfile profile) {
        Object[] ratings = (Object[]) em.createNativeQuery(
                        "SELECT COALESCE(AVG(score * 1.0), 0), COUNT(*) FROM doctor_ratings WHERE doctor_account_id = ?")
                .setParameter(1, doctor.getId()).getSingleResult();
        return of(doctor, profile, ((Number) ratings[0]).doubleValue(), ((Number) ratings[1]).longValue());
    }

    /** The doctor with ratings the caller counted (a search counts them in its query). */
    public DoctorView of(Account doctor, DoctorProfile profile, double average, long count) {
        return new DoctorView(doctor, profile, average, count, nextAvailable(doctor, profile), hasPhoto(profile));
    }

    private Optional<Instant> nextAvailable(Account doctor, DoctorProfile profile) {
        Instant now = CLOCK.instant();
        Instant horizon = now.plus(Duration.ofDays(DoctorSlots.HORIZON_DAYS + 1L));
        return new DoctorSlots(DoctorView.hours(profile)).firstFree(now, calendar.booked(doctor.getId(), now, horizon));
    }

    private boolean hasPhoto(DoctorProfile profile) {
        return profile.getId() != null && !em.createQuery("select p.id from DoctorPhoto p where p.profileId = :profile")
                .setParameter("profile", profile.getId()).getResultList().isEmpty();
    }

    /** The doctor's photo, if one was uploaded. */
    public Optional<DoctorPhoto> photo(DoctorProfile profile) {
        return profile.getId() == null ? Optional.empty()
                : em.createNamedQuery(DoctorPhoto.BY_PROFILE, DoctorPhoto.class).setParameter("profile", profile.getId())
                .getResultStream().findFirst();
    }
}
