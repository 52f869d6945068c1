package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.CancellationPolicy;
import navaa.clinic.entity.AccessLogEntry;
import navaa.clinic.entity.Encounter;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The lifecycle after booking (extensions): the patient cancels (doc 003's policy, see
 * {@link CancellationPolicy}; a completed, cancelled or started visit cannot be); the encounter's doctor confirms a pending visit
 * and completes a confirmed one; the patient rates a completed visit once (1 to 5), which
 * counts in the doctor's rating. An encounter of someone else is 404; a step out of order 409.
 * The doctor's steps change the patient's record, so each goes in the patient's access log.
 */
@Stateless
public class EncounterSteps {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    Doctors doctors;

    @Inject
    AuditTrail audit;

    @Inject
    DoctorInbox inbox;

    /** The patient cancels their own encounter: the policy's fee is recorded and the slot is free again. */
    public EncounterBooking.Booked cancel(long patientAccountId, String encounterId) {
        Encounter encounter = locked("e.patientAccountId", patientAccountId, encounterId);
        Instant now = CLOCK.instant();
        if (!CancellationPolicy.cancellable(encounter.getStatus(), encounter.getScheduledAt(), now)) {
            throw new NavaaException(ErrorCode.CONFLICT);
        }
        encounter.cancel(now, CancellationPolicy.fee(encounter.getScheduledAt(), encounter.getPayableAmount(), now));
        inbox.cancelled(encounter, now);
        return new EncounterBooking.Booked(encounter, doctors.view(em.find(Account.class, encounter.getDoctorAccountId())));
    }

    /** The doctor moves their encounter from {@code from} to {@code to}. */
    public EncounterBooking.Booked advance(long doctorAccountId, String encounterId, String from, String to) {
        Encounter encounter = locked("e.doctorAccountId", doctorAccountId, encounterId);
        if (!from.equals(encounter.getStatus())) {
            throw new NavaaException(ErrorCode.CONFLICT);
        }
        encounter.moveTo(to);
        Account patient = em.find(Account.class, encounter.getPatientAccountId());
        audit.record(new AccessLogEntry(patient.getId(), patient.getUuid(), doctorAccountId, Role.DOCTOR.value(),
                "encounter." + to, encounter.getUuid(), null, encounter.getUuid(), true, CLOCK.instant()));
        return new EncounterBooking.Booked(encounter, doctors.view(em.find(Account.class, doctorAccountId)));
    }

    /** The patient's rating of their completed encounter. */
    public void rate(long patientAccountId, String encounterId, Integer score) {
        if (score == null || score < 1 || score > 5) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("score", FieldError.of("field.range", 1, 5)));
        }
        Encounter encounter = locked("e.patientAccountId", patientAccountId, encounterId);
        boolean rated = !em.createNativeQuery("SELECT id FROM doctor_ratings WHERE encounter_id = ?")
                .setParameter(1, encounter.getUuid()).getResultList().isEmpty();
        if (!"completed".equals(encounter.getStatus()) || rated) {
            throw new NavaaException(ErrorCode.CONFLICT);
        }
        em.createNativeQuery("INSERT INTO doctor_ratings (doctor_account_id, patient_account_id, encounter_id, score, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, encounter.getDoctorAccountId()).setParameter(2, patientAccountId)
                .setParameter(3, encounter.getUuid()).setParameter(4, score)
                .setParameter(5, Timestamp.from(CLOCK.instant())).executeUpdate();
    }

    private Encounter locked(String owner, long accountId, String encounterId) {
        return em.createQuery("select e from Encounter e where e.uuid = :id and " + owner + " = :account", Encounter.class)
                .setParameter("id", encounterId).setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }
}
