package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.clinic.control.MedicalFileFilter;
import navaa.clinic.control.MedicalFileForm;
import navaa.clinic.control.Permission;
import navaa.clinic.entity.MedicalFile;
import navaa.identity.boundary.Accounts;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patients' medical files (doc 003): recorded by their patient, read by the patient, and by
 * anyone else only through {@link PatientAccess} (permission view_reports, or the doctor of
 * the encounter a file is attached to), each such look on the patient's access log.
 */
@Stateless
public class MedicalFiles {

    private static final Clock CLOCK = Clock.systemUTC();
    static final String READ = "medical_file.read";
    static final String DOWNLOAD = "medical_file.download";
    static final String LIST = "medical_file.list";

    public record Page(long count, List<MedicalFile> results) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PatientAccess access;

    @Inject
    Accounts accounts;

    /**
     * Records the patient's stored file. 400 VALIDATION_ERROR naming {@code encounter_id} unless
     * it is one of this patient's own encounters: someone else's and a missing one answer alike.
     * The row is written before this returns, so a failed insert is thrown to the caller, who
     * removes the bytes.
     */
    public MedicalFile add(long patientAccountId, MedicalFileForm form, MedicalFile.Content content) {
        if (form.encounterId() != null && !patientsEncounter(patientAccountId, form.encounterId())) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("encounter_id", FieldError.of("field.encounter")));
        }
        MedicalFile file = new MedicalFile(patientAccountId, form.encounterId(), form.fileType(), form.title(),
                form.description(), content, CLOCK.instant());
        em.persist(file);
        em.flush();
        return file;
    }

    /** The file for the caller to read or download ({@link #READ}, {@link #DOWNLOAD}); 404 without a ground. */
    public MedicalFile look(Caller caller, String fileUuid, boolean download) {
        MedicalFile file = Optional.ofNullable(MedicalFileForm.uuid(fileUuid)).flatMap(this::byUuid)
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        Account patient = em.find(Account.class, file.getPatientAccountId());
        if (patient == null) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        access.require(caller, patient, PatientAccess.Look.of(Permission.VIEW_REPORTS, download ? DOWNLOAD : READ, file.getUuid())
                .within(file.getEncounterUuid()));
        return file;
    }

    /** The patient's own files, newest first. */
    public Page own(long patientAccountId, MedicalFileFilter filter) {
        return page(patientAccountId, filter, null);
    }

    /**
     * A patient's files as the caller may list them. With view_reports granted (or as an admin,
     * or the patient), all of them. A doctor without a grant who is the doctor of some of the
     * patient's encounters lists the files attached to those encounters: one look per encounter,
     * each allowed by the gate on that encounter and logged with it ({@code encounter_id} narrows
     * it to that one encounter, which must be theirs). Anyone else: 404, the refusal logged.
     */
    public Page of(Caller caller, String patientUuid, MedicalFileFilter filter) {
        PatientAccess.Look look = PatientAccess.Look.of(Permission.VIEW_REPORTS, LIST, null);
        Optional<Account> patient = Optional.ofNullable(patientUuid).flatMap(accounts::byUuid)
                .filter(a -> a.getRoles().contains(Role.PATIENT));
        if (patient.isPresent() && caller.roles().contains(Role.DOCTOR) && caller.accountId() != patient.get().getId()
                && !access.granted(caller.accountId(), patient.get().getId(), Permission.VIEW_REPORTS)) {
            List<String> grounds = filter.encounterId() != null ? List.of(filter.encounterId())
                    : doctorsEncounters(caller.accountId(), patient.get().getId());
            if (!grounds.isEmpty()) {
                for (String encounter : grounds) {
                    access.require(caller, patient.get(), look.within(encounter));
                }
                return page(patient.get().getId(), filter, grounds);
            }
        }
        PatientAccess.Access allowed = access.require(caller, patientUuid, look);
        return page(allowed.patient().getId(), filter, null);
    }

    private Page page(long patientAccountId, MedicalFileFilter filter, List<String> encounters) {
        StringBuilder where = new StringBuilder(" from MedicalFile f where f.patientAccountId = :patient");
        Map<String, Object> parameters = new HashMap<>(Map.of("patient", patientAccountId));
        if (filter.fileType() != null) {
            where.append(" and f.fileType = :type");
            parameters.put("type", filter.fileType());
        }
        if (filter.encounterId() != null) {
            where.append(" and f.encounterUuid = :encounter");
            parameters.put("encounter", filter.encounterId());
        }
        if (encounters != null) {
            where.append(" and f.encounterUuid in :encounters");
            parameters.put("encounters", encounters);
        }
        TypedQuery<Long> counted = em.createQuery("select count(f)" + where, Long.class);
        TypedQuery<MedicalFile> page = em.createQuery("select f" + where + " order by f.uploadedAt desc, f.id desc", MedicalFile.class);
        parameters.forEach((name, value) -> {
            counted.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new Page(counted.getSingleResult(), page.setFirstResult(filter.page().offset())
                .setMaxResults(filter.page().pageSize()).getResultList());
    }

    private Optional<MedicalFile> byUuid(String uuid) {
        return em.createQuery("select f from MedicalFile f where f.uuid = :uuid", MedicalFile.class).setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }

    private boolean patientsEncounter(long patient, String encounterUuid) {
        return !em.createQuery("select e.id from Encounter e where e.uuid = :id and e.patientAccountId = :patient", Long.class)
                .setParameter("id", encounterUuid).setParameter("patient", patient).getResultList().isEmpty();
    }

    /** The doctor's encounters with the patient that the gate lets them in by (not cancelled), oldest first. */
    private List<String> doctorsEncounters(long doctor, long patient) {
        return em.createQuery("select e.uuid from Encounter e where e.doctorAccountId = :doctor and e.patientAccountId = :patient"
                        + " and e.status <> 'cancelled' order by e.scheduledAt, e.id", String.class)
                .setParameter("doctor", doctor).setParameter("patient", patient).getResultList();
    }
}
