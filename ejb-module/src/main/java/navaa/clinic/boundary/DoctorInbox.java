package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DoctorNotices;
import navaa.clinic.control.PersonNames;
import navaa.clinic.entity.ClinicNotification;
import navaa.clinic.entity.DoctorNotifications;
import navaa.clinic.entity.DoctorProfile;
import navaa.clinic.entity.Encounter;
import navaa.identity.entity.Account;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.Instant;
import java.util.List;

/**
 * The doctor's stored notifications: written where the event happens (a booking, a
 * patient's cancellation), in the event's transaction, unless the doctor turned that kind
 * off in the settings' notification_preferences; read newest first; marked read one by one.
 */
@Stateless
public class DoctorInbox {

    /** How many notifications the dashboard shows. */
    public static final int SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    /** A patient booked a visit with the doctor. */
    public void booked(Encounter encounter, Instant now) {
        if (preferences(encounter.getDoctorAccountId()).isNewAppointments()) {
            store(encounter, ClinicNotification.NEW_APPOINTMENT, now);
        }
    }

    /** The patient cancelled their visit with the doctor. */
    public void cancelled(Encounter encounter, Instant now) {
        if (preferences(encounter.getDoctorAccountId()).isCancellations()) {
            store(encounter, ClinicNotification.APPOINTMENT_CANCELLED, now);
        }
    }

    /** The doctor's settings; a doctor who never saved any gets every kind (the defaults). */
    public DoctorNotifications preferences(long doctorAccountId) {
        return em.createNamedQuery(DoctorProfile.OF_ACCOUNTS, DoctorProfile.class).setParameter("accounts", List.of(doctorAccountId))
                .getResultStream().findFirst().map(DoctorProfile::getNotifications).orElseGet(DoctorNotifications::new);
    }

    /** The doctor's newest stored notifications, at most {@link #SHOWN}. */
    public List<DoctorNotices.Notice> newest(long doctorAccountId) {
        return em.createQuery("select n from ClinicNotification n where n.accountId = :account order by n.createdAt desc, n.id desc",
                        ClinicNotification.class)
                .setParameter("account", doctorAccountId).setMaxResults(SHOWN).getResultList()
                .stream().map(DoctorInbox::notice).toList();
    }

    /** Marks the doctor's notification read; 404 for one that is not theirs (or a reminder, which is not stored). */
    public DoctorNotices.Notice markRead(long doctorAccountId, String id) {
        ClinicNotification n = em.createQuery("select n from ClinicNotification n where n.uuid = :id and n.accountId = :account",
                        ClinicNotification.class)
                .setParameter("id", id).setParameter("account", doctorAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        n.markRead();
        return notice(n);
    }

    private void store(Encounter encounter, String type, Instant now) {
        Account patient = em.find(Account.class, encounter.getPatientAccountId());
        String name = patient == null ? null : PersonNames.full(patient.getFirstName(), patient.getLastName());
        em.persist(new ClinicNotification(encounter.getDoctorAccountId(), type, name, encounter, now));
    }

    private static DoctorNotices.Notice notice(ClinicNotification n) {
        return new DoctorNotices.Notice(n.getUuid(), n.getType(), n.getPatientName(), n.getVisitAt(), n.getCreatedAt(), n.isRead());
    }
}
