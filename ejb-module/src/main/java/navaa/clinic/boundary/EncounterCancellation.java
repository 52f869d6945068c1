package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.CancellationPolicy;
import navaa.clinic.entity.Encounter;
import navaa.identity.entity.Account;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;

/**
 * The patient's cancellation of their own encounter (an extension): the policy's fee is
 * recorded, the slot is free again. Another patient's encounter is 404, as is no encounter;
 * one completed, cancelled or already started is 409 CONFLICT.
 */
@Stateless
public class EncounterCancellation {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    Doctors doctors;

    public EncounterBooking.Booked cancel(long patientAccountId, String encounterId) {
        Encounter encounter = em.createQuery("select e from Encounter e where e.uuid = :id and e.patientAccountId = :patient", Encounter.class)
                .setParameter("id", encounterId).setParameter("patient", patientAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        Instant now = CLOCK.instant();
        if (!CancellationPolicy.cancellable(encounter.getStatus(), encounter.getScheduledAt(), now)) {
            throw new NavaaException(ErrorCode.CONFLICT);
        }
        encounter.cancel(now, CancellationPolicy.fee(encounter.getScheduledAt(), encounter.getPayableAmount(), now));
        return new EncounterBooking.Booked(encounter, doctors.view(em.find(Account.class, encounter.getDoctorAccountId())));
    }
}
