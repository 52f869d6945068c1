package navaa.clinic.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import navaa.clinic.control.AccessCodes;
import navaa.clinic.control.GrantForm;
import navaa.clinic.control.PageRequest;
import navaa.clinic.entity.AccessGrant;
import navaa.clinic.entity.AccessLogEntry;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Doc 003's temporary access: a doctor asks for it by the patient's phone number and gets a
 * code; it opens nothing until the patient approves it with that code, and nothing after it
 * expires or the patient revokes it ({@link PatientAccess} is the gate that reads it).
 */
@Stateless
public class AccessGrants {

    private static final Logger LOG = Logger.getLogger(AccessGrants.class.getName());
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int CODE_DRAWS = 8;

    public record Granted(AccessGrant grant, Account patient) {
    }

    public record Listed(AccessGrant grant, Account doctor) {
    }

    public record Page(long count, List<Listed> results) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PatientAccounts patients;

    @Inject
    GrantInserts inserts;

    @Inject
    AuditTrail audit;

    /** A pending grant for the patient of the form's number; 404 PATIENT_NOT_FOUND when no patient has it. */
    public Granted request(Caller doctor, GrantForm form) {
        Account patient = patients.byPhone(form.phone())
                .filter(a -> a.getRoles().contains(Role.PATIENT) && a.getId() != doctor.accountId())
                .orElseThrow(() -> new NavaaException(ErrorCode.PATIENT_NOT_FOUND));
        Instant now = CLOCK.instant();
        AccessGrant stored = null;
        for (int draw = 1; stored == null; draw++) {
            try {
                stored = inserts.insert(new AccessGrant(AccessCodes.next(), doctor.accountId(), patient.getId(),
                        form.permissions(), form.reason(), now, now.plus(form.duration())));
            } catch (EJBException | PersistenceException e) {
                // a code already taken (the unique key): draw again, a few times at most
                if (draw >= CODE_DRAWS) {
                    throw e;
                }
                LOG.fine(() -> "access code taken, drawing another: " + e);
            }
        }
        // the patient sees in their log that this doctor asked, and on what ground they will look
        audit.record(new AccessLogEntry(patient.getId(), patient.getUuid(), doctor.accountId(), Role.DOCTOR.value(),
                "access_grant.request", stored.getUuid(), stored.getUuid(), null, true, now));
        return new Granted(stored, patient);
    }

    /** Whether the code is a grant's still waiting for its patient (the QR code shows only those). */
    public boolean pending(String code) {
        String upper = code == null ? null : code.toUpperCase(Locale.ROOT);
        if (!AccessCodes.wellFormed(upper)) {
            return false;
        }
        return !em.createQuery("select g.id from AccessGrant g where g.accessCode = :code and g.status = :pending"
                        + " and g.expiresAt > :now", Long.class)
                .setParameter("code", upper).setParameter("pending", AccessGrant.PENDING).setParameter("now", CLOCK.instant())
                .getResultList().isEmpty();
    }

    /** The patient's grants, newest first, with their doctors. */
    public Page of(long patientAccountId, PageRequest page) {
        long count = em.createQuery("select count(g) from AccessGrant g where g.patientAccountId = :patient", Long.class)
                .setParameter("patient", patientAccountId).getSingleResult();
        List<Listed> results = em.createQuery("select g from AccessGrant g where g.patientAccountId = :patient"
                        + " order by g.createdAt desc, g.id desc", AccessGrant.class)
                .setParameter("patient", patientAccountId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultStream().map(this::listed).toList();
        return new Page(count, results);
    }

    /**
     * The patient approves their pending, unexpired grant of this code (any case); 404 naming
     * {@code access_code} for any other code, so nothing is told about other patients' codes.
     */
    public Listed approve(long patientAccountId, String code) {
        Instant now = CLOCK.instant();
        AccessGrant grant = em.createQuery("select g from AccessGrant g where g.accessCode = :code"
                        + " and g.patientAccountId = :patient", AccessGrant.class)
                .setParameter("code", code.toUpperCase(Locale.ROOT)).setParameter("patient", patientAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(g -> AccessGrant.PENDING.equals(g.getStatus()) && !g.expired(now))
                .orElseThrow(() -> NavaaException.invalid(ErrorCode.NOT_FOUND, Map.of("access_code", FieldError.of("field.accessCode"))));
        grant.approve(now);
        return listed(grant);
    }

    /** The patient ends their grant at once, whatever its state (revoking twice changes nothing). */
    public Listed revoke(long patientAccountId, String grantUuid) {
        AccessGrant grant = em.createQuery("select g from AccessGrant g where g.uuid = :id and g.patientAccountId = :patient",
                        AccessGrant.class)
                .setParameter("id", grantUuid).setParameter("patient", patientAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (!AccessGrant.REVOKED.equals(grant.getStatus())) {
            grant.revoke(CLOCK.instant());
        }
        return listed(grant);
    }

    private Listed listed(AccessGrant grant) {
        return new Listed(grant, em.find(Account.class, grant.getDoctorAccountId()));
    }

    /** What the patient's list says of a grant: pending, approved, revoked, or expired once its time is over. */
    public static String status(AccessGrant grant, Instant now) {
        return !AccessGrant.REVOKED.equals(grant.getStatus()) && grant.expired(now) ? "expired" : grant.getStatus();
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}
