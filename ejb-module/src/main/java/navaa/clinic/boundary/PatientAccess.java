package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.Permission;
import navaa.clinic.entity.AccessGrant;
import navaa.clinic.entity.AccessLogEntry;
import navaa.identity.boundary.Accounts;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one gate to a patient's data for anyone but the patient. A doctor passes with an
 * approved, unexpired grant that holds the permission, or, for one encounter's records,
 * by being that encounter's doctor (a booking is consent for that visit). Admins pass,
 * on record. Every look by someone else, passed or refused, goes in the patient's access
 * log; a refusal is 404, so a patient's existence is not told to a doctor who never saw them.
 */
@Stateless
public class PatientAccess {

    private static final Clock CLOCK = Clock.systemUTC();

    /** Who may see the patient, and on what ground (a grant, an encounter, or neither for the patient and admins). */
    public record Access(Account patient, String grantUuid, String encounterUuid) {
    }

    /** What is being done: the permission it needs, a name for the log, and the record it touches. */
    public record Look(Permission permission, String action, String subject, String encounterUuid) {

        public static Look of(Permission permission, String action, String subject) {
            return new Look(permission, action, subject, null);
        }

        /** The same look, allowed also to the doctor of this encounter of the patient. */
        public Look within(String encounter) {
            return new Look(permission, action, subject, encounter);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    /** The patient of this id (their account uuid), if the caller may take this look. */
    public Access require(Caller caller, String patientUuid, Look look) {
        Optional<Account> patient = patientUuid == null ? Optional.empty()
                : accounts.byUuid(patientUuid).filter(a -> a.getRoles().contains(Role.PATIENT));
        if (patient.isEmpty()) {
            if (caller.uuid().equals(patientUuid)) {
                throw new NavaaException(ErrorCode.NOT_FOUND);
            }
            // what was asked for, cut to its column (64): a longer id made the log's insert fail, a 500 instead of the 404
            String asked = String.valueOf(patientUuid);
            audit.record(entry(null, asked.length() > 64 ? asked.substring(0, 64) : asked, caller, look, null, null, false));
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return require(caller, patient.get(), look);
    }

    /** The caller's look at this patient's data: theirs, an admin's or a doctor's with a ground; 404 otherwise. */
    public Access require(Caller caller, Account patient, Look look) {
        if (caller.accountId() == patient.getId()) {
            return new Access(patient, null, null);
        }
        Instant now = CLOCK.instant();
        Access access = caller.isAdmin() ? new Access(patient, null, null)
                : caller.roles().contains(Role.DOCTOR) ? doctorAccess(caller.accountId(), patient, look, now) : null;
        audit.record(entry(patient.getId(), patient.getUuid(), caller, look,
                access == null ? null : access.grantUuid(), access == null ? null : access.encounterUuid(), access != null));
        if (access == null) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return access;
    }

    /** Whether this doctor holds a grant open now for the permission (no log: a question, not a look). */
    public boolean granted(long doctorAccountId, long patientAccountId, Permission permission) {
        return openGrant(doctorAccountId, patientAccountId, permission, CLOCK.instant()).isPresent();
    }

    private Access doctorAccess(long doctor, Account patient, Look look, Instant now) {
        if (look.encounterUuid() != null && ownEncounter(doctor, patient.getId(), look.encounterUuid())) {
            return new Access(patient, null, look.encounterUuid());
        }
        return openGrant(doctor, patient.getId(), look.permission(), now)
                .map(g -> new Access(patient, g.getUuid(), null)).orElse(null);
    }

    private Optional<AccessGrant> openGrant(long doctor, long patient, Permission permission, Instant now) {
        return em.createQuery("select g from AccessGrant g where g.doctorAccountId = :doctor and g.patientAccountId = :patient"
                        + " and g.status = :approved and g.expiresAt > :now order by g.expiresAt desc", AccessGrant.class)
                .setParameter("doctor", doctor).setParameter("patient", patient)
                .setParameter("approved", AccessGrant.APPROVED).setParameter("now", now)
                .getResultStream().filter(g -> g.opens(permission, now)).findFirst();
    }

    private boolean ownEncounter(long doctor, long patient, String encounterUuid) {
        return !em.createQuery("select e.id from Encounter e where e.uuid = :id and e.doctorAccountId = :doctor"
                        + " and e.patientAccountId = :patient and e.status <> 'cancelled'", Long.class)
                .setParameter("id", encounterUuid).setParameter("doctor", doctor).setParameter("patient", patient)
                .getResultList().isEmpty();
    }

    private static AccessLogEntry entry(Long patientId, String patientRef, Caller caller, Look look, String grant,
                                        String encounter, boolean allowed) {
        return new AccessLogEntry(patientId, patientRef, caller.accountId(), Role.primary(caller.roles()).value(), look.action(), look.subject(), grant, encounter,
                allowed, CLOCK.instant());
    }
}
