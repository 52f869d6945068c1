package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.clinic.boundary.PatientAccess.Access;
import navaa.clinic.boundary.PatientAccess.Look;
import navaa.clinic.control.NoteForm;
import navaa.clinic.control.PageRequest;
import navaa.clinic.control.Permission;
import navaa.clinic.entity.ClinicalNote;
import navaa.clinic.entity.Encounter;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Doctors' notes in a patient's record (doc 003, "ثبت یادداشت برای بیمار"). Written through
 * the gate with add_notes, or by the doctor of the encounter the note belongs to; read by
 * doctors through the gate with view_history (the encounter's doctor: that encounter's notes
 * only) and by the patient. A private note is read by its author only, whatever else allows.
 */
@Stateless
public class ClinicalNotes {

    private static final Clock CLOCK = Clock.systemUTC();

    /** A note with its author (null once their account is gone) and its encounter (or none). */
    public record Written(ClinicalNote note, Account author, Encounter encounter) {
    }

    public record Page(long count, List<Written> results) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PatientAccess gate;

    public Written write(Caller doctor, String patientUuid, NoteForm form) {
        Access access = gate.require(doctor, patientUuid,
                Look.of(Permission.ADD_NOTES, "note.create", null).within(form.encounterId()));
        Encounter encounter = null;
        if (form.encounterId() != null) {
            encounter = encounter(access.patient().getId(), form.encounterId());
            if (encounter == null) {
                throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("encounter_id", FieldError.of("field.encounter")));
            }
        }
        ClinicalNote note = new ClinicalNote(access.patient().getId(), doctor.accountId(), encounter == null ? null : encounter.getId(),
                form.noteType(), form.content(), form.isPrivate(), form.tags(), CLOCK.instant());
        em.persist(note);
        em.flush();
        return new Written(note, em.find(Account.class, doctor.accountId()), encounter);
    }

    /**
     * The notes a doctor (or an admin) may read: with view_history all of the patient's
     * (of one encounter, when {@code encounterUuid} is given), or as the doctor of that
     * encounter its notes only; private notes only the caller's own.
     */
    public Page forDoctor(Caller caller, String patientUuid, String encounterUuid, PageRequest page) {
        Access access = gate.require(caller, patientUuid,
                Look.of(Permission.VIEW_HISTORY, "note.list", null).within(encounterUuid));
        Long encounterId = null;
        if (encounterUuid != null) {
            Encounter encounter = encounter(access.patient().getId(), encounterUuid);
            encounterId = encounter == null ? -1L : encounter.getId();
        }
        String where = " from ClinicalNote n where n.patientAccountId = :patient"
                + " and (n.isPrivate = false or n.doctorAccountId = :caller)"
                + (encounterId == null ? "" : " and n.encounterId = :encounter");
        TypedQuery<Long> count = em.createQuery("select count(n)" + where, Long.class);
        TypedQuery<ClinicalNote> rows = em.createQuery("select n" + where + " order by n.createdAt desc, n.id desc", ClinicalNote.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("patient", access.patient().getId()).setParameter("caller", caller.accountId());
            if (encounterId != null) {
                q.setParameter("encounter", encounterId);
            }
        }
        return page(count.getSingleResult(), rows, page);
    }

    /** The patient's own notes: all but the private ones. */
    public Page forPatient(long patientAccountId, PageRequest page) {
        String where = " from ClinicalNote n where n.patientAccountId = :patient and n.isPrivate = false";
        long count = em.createQuery("select count(n)" + where, Long.class).setParameter("patient", patientAccountId).getSingleResult();
        return page(count, em.createQuery("select n" + where + " order by n.createdAt desc, n.id desc", ClinicalNote.class)
                .setParameter("patient", patientAccountId), page);
    }

    private Page page(long count, TypedQuery<ClinicalNote> rows, PageRequest page) {
        List<Written> results = rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultStream()
                .map(n -> new Written(n, n.getDoctorAccountId() == null ? null : em.find(Account.class, n.getDoctorAccountId()),
                        n.getEncounterId() == null ? null : em.find(Encounter.class, n.getEncounterId())))
                .toList();
        return new Page(count, results);
    }

    private Encounter encounter(long patientAccountId, String encounterUuid) {
        return em.createQuery("select e from Encounter e where e.uuid = :id and e.patientAccountId = :patient", Encounter.class)
                .setParameter("id", encounterUuid).setParameter("patient", patientAccountId)
                .getResultStream().findFirst().orElse(null);
    }
}
