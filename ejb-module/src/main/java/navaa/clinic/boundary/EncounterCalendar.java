package navaa.clinic.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DoctorBooking;
import navaa.clinic.control.DoctorCalendar;
import navaa.clinic.entity.Encounter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A doctor's booked visits: the encounters not cancelled, so a slot taken is neither offered nor booked again. */
@ApplicationScoped
public class EncounterCalendar implements DoctorCalendar {

    /** No visit is longer: an encounter starting this long before {@code from} cannot overlap it. */
    private static final Duration LONGEST_VISIT = Duration.ofHours(12);

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DoctorBooking> booked(long doctorAccountId, Instant from, Instant to) {
        return em.createQuery("select e from Encounter e where e.doctorAccountId = :doctor and e.status <> 'cancelled'"
                        + " and e.scheduledAt >= :earliest and e.scheduledAt < :to order by e.scheduledAt", Encounter.class)
                .setParameter("doctor", doctorAccountId).setParameter("earliest", from.minus(LONGEST_VISIT)).setParameter("to", to)
                .getResultStream().map(e -> new DoctorBooking(e.getScheduledAt(), e.getEndsAt()))
                .filter(b -> b.end().isAfter(from)).toList();
    }
}
