package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.clinic.control.DoctorHours;
import navaa.clinic.control.DoctorView;
import navaa.clinic.control.EncounterFilter;
import navaa.clinic.entity.Encounter;
import navaa.identity.entity.Account;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A patient's own encounters, newest visit first, filtered and paged as doc 003's list. */
@Stateless
public class EncounterList {

    /** One page: how many match in all, and this page's encounters each with its doctor. */
    public record Page(long count, List<Listed> results) {
    }

    public record Listed(Encounter encounter, DoctorView doctor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Doctors doctors;

    public Page of(long patientAccountId, EncounterFilter filter) {
        StringBuilder where = new StringBuilder(" from Encounter e where e.patientAccountId = :patient");
        Map<String, Object> parameters = new HashMap<>(Map.of("patient", patientAccountId));
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.from() != null) {
            where.append(" and e.scheduledAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(DoctorHours.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and e.scheduledAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(DoctorHours.ZONE).toInstant());
        }
        if (filter.doctorId() != null) {
            // an unknown doctor matches nothing, as a filter on a missing value does
            where.append(" and e.doctorAccountId = (select a.id from Account a where a.uuid = :doctor)");
            parameters.put("doctor", filter.doctorId());
        }
        TypedQuery<Long> counted = em.createQuery("select count(e)" + where, Long.class);
        TypedQuery<Encounter> page = em.createQuery("select e" + where + " order by e.scheduledAt desc, e.id desc", Encounter.class);
        parameters.forEach((name, value) -> {
            counted.setParameter(name, value);
            page.setParameter(name, value);
        });
        long count = counted.getSingleResult();
        List<Encounter> found = page.setFirstResult((int) Math.min(filter.offset(), Integer.MAX_VALUE))
                .setMaxResults(filter.pageSize()).getResultList();
        Map<Long, DoctorView> seen = new LinkedHashMap<>();
        return new Page(count, found.stream().map(e -> new Listed(e, seen.computeIfAbsent(e.getDoctorAccountId(),
                id -> doctors.view(em.find(Account.class, id))))).toList());
    }
}
