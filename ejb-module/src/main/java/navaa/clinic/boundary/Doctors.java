package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DoctorProfileForm;
import navaa.clinic.control.DoctorSettingsForm;
import navaa.clinic.control.DoctorView;
import navaa.clinic.control.DoctorWeek;
import navaa.clinic.entity.DoctorProfile;
import navaa.identity.boundary.Accounts;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Doctors' profiles and settings: read and edited by the doctor, or by an admin naming
 * the doctor's username. An account is a doctor by its role; its profile row is made on
 * the first edit.
 */
@Stateless
public class Doctors {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    DoctorViews views;

    @Inject
    DoctorProfileRows rows;

    /** The caller's own account; 403 unless the caller holds role doctor. */
    public Account self(Caller caller) {
        if (!caller.roles().contains(Role.DOCTOR)) {
            throw new NavaaException(ErrorCode.FORBIDDEN);
        }
        return em.find(Account.class, caller.accountId());
    }

    /** The doctor of this username, for an admin; 404 for no account or one that is not a doctor's. */
    public Account byUsername(String username) {
        return accounts.byUsername(username).filter(a -> a.getRoles().contains(Role.DOCTOR))
                .orElseThrow(() -> new NavaaException(ErrorCode.DOCTOR_NOT_FOUND));
    }

    public DoctorView view(Account doctor) {
        return views.of(doctor, profile(doctor).orElseGet(() -> new DoctorProfile(doctor.getId())));
    }

    public DoctorView editProfile(Account doctor, JsonObject body) {
        DoctorProfileForm form = DoctorProfileForm.read(body);
        requireValid(form.errors());
        DoctorProfile profile = stored(doctor);
        // the account as it is now, so a merge never writes back what another request changed since
        Account managed = em.find(Account.class, doctor.getId());
        form.applyTo(profile, managed);
        return views.of(managed, profile);
    }

    public DoctorProfile editSettings(Account doctor, JsonObject body) {
        DoctorSettingsForm form = DoctorSettingsForm.read(body);
        requireValid(form.errors());
        DoctorProfile profile = stored(doctor);
        form.consultation().ifPresent(c -> profile.getVisits()
                .setConsultation(c.onlineEnabled(), c.onlineFee(), c.inPersonFee(), c.durationMinutes(), c.bufferMinutes()));
        form.availability().ifPresent(a -> {
            profile.getVisits().setWeek(DoctorWeek.join(a.days()), DoctorView.minutes(a.start()), DoctorView.minutes(a.end()));
            profile.setBreaks(a.breaks().stream().map(DoctorView::stored).toList());
        });
        form.notifications().ifPresent(n -> profile.getNotifications()
                .set(n.reminders(), n.newAppointments(), n.cancellations(), n.payments()));
        form.insurances().ifPresent(profile::setInsurances);
        return profile;
    }

    /**
     * The doctor's stored profile, locked for this transaction; a blank one stored now if
     * there is none. Two first edits at once both insert (each committed at once): the
     * second insert is skipped, and the locking read sees the committed row and waits its turn.
     */
    public DoctorProfile stored(Account doctor) {
        rows.ensure(doctor.getId());
        return em.createNamedQuery(DoctorProfile.OF_ACCOUNTS, DoctorProfile.class).setParameter("accounts", List.of(doctor.getId()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private Optional<DoctorProfile> profile(Account doctor) {
        return em.createNamedQuery(DoctorProfile.OF_ACCOUNTS, DoctorProfile.class).setParameter("accounts", List.of(doctor.getId()))
                .getResultStream().findFirst();
    }

    private static void requireValid(Map<String, FieldError> errors) {
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
    }
}
