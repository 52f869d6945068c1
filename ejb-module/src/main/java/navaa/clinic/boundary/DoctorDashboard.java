package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.DashboardFigures;
import navaa.clinic.control.DoctorNotices;
import navaa.clinic.control.PersonNames;
import navaa.clinic.control.TehranPeriod;
import navaa.clinic.entity.AccessLogEntry;
import navaa.clinic.entity.Encounter;
import navaa.clinic.entity.PatientProfile;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Doc 003's doctor dashboard from the doctor's encounters, ratings and notifications: the
 * figures of today and of the week (Tehran, from Saturday; see {@link DashboardFigures} for
 * what each counts), the next visits still to be held, and the notifications with the
 * reminders of visits about to start.
 */
@Stateless
public class DoctorDashboard {

    /** How many of the next visits the dashboard lists. */
    public static final int UPCOMING = 10;

    private static final Clock CLOCK = Clock.systemUTC();

    /** A visit still to be held, with its patient (and their profile, null when they never made one). */
    public record Upcoming(Encounter encounter, Account patient, PatientProfile profile) {
    }

    /** Everything the dashboard shows, as of {@code now}. */
    public record View(Instant now, DashboardFigures.Counts today, DashboardFigures.Counts week, Double weekRating,
                       List<Upcoming> upcoming, List<DoctorNotices.Notice> notifications) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DoctorInbox inbox;

    @Inject
    AuditTrail audit;

    public View of(long doctorAccountId) {
        Instant now = CLOCK.instant();
        TehranPeriod week = TehranPeriod.week(now);
        // today lies in its week, so one read of the week's visits serves both
        List<DashboardFigures.Visit> visits = em.createQuery("select e from Encounter e where e.doctorAccountId = :doctor"
                        + " and e.scheduledAt >= :start and e.scheduledAt < :end", Encounter.class)
                .setParameter("doctor", doctorAccountId).setParameter("start", week.start()).setParameter("end", week.end())
                .getResultStream()
                .map(e -> new DashboardFigures.Visit(e.getScheduledAt(), e.getStatus(), e.getTotalAmount(), e.getCancellationFee()))
                .toList();
        List<Upcoming> upcoming = upcoming(doctorAccountId, now);
        recordLooks(doctorAccountId, upcoming, now);
        List<DoctorNotices.Notice> reminders = inbox.preferences(doctorAccountId).isReminders()
                ? DoctorNotices.reminders(upcoming.stream().map(u -> new DoctorNotices.Upcoming(u.encounter().getUuid(),
                        PersonNames.full(u.patient().getFirstName(), u.patient().getLastName()), u.encounter().getScheduledAt())).toList(), now)
                : List.of();
        return new View(now, DashboardFigures.count(visits, TehranPeriod.today(now)), DashboardFigures.count(visits, week),
                DashboardFigures.averageRating(weekScores(doctorAccountId, week)), upcoming,
                DoctorNotices.newestFirst(inbox.newest(doctorAccountId), reminders, DoctorInbox.SHOWN));
    }

    /** The upcoming list shows each patient's name, age and gender to the doctor: a look, under that booking. */
    private void recordLooks(long doctorAccountId, List<Upcoming> upcoming, Instant now) {
        if (!upcoming.isEmpty()) {
            audit.record(upcoming.stream().map(u -> new AccessLogEntry(u.patient().getId(), u.patient().getUuid(), doctorAccountId,
                    Role.DOCTOR.value(), "dashboard.upcoming", u.encounter().getUuid(), null, u.encounter().getUuid(), true, now)).toList());
        }
    }

    /** The week's ratings, by when patients gave them. */
    private List<Integer> weekScores(long doctorAccountId, TehranPeriod week) {
        List<?> rows = em.createNativeQuery("SELECT score FROM doctor_ratings WHERE doctor_account_id = ? AND created_at >= ? AND created_at < ?")
                .setParameter(1, doctorAccountId).setParameter(2, Timestamp.from(week.start()))
                .setParameter(3, Timestamp.from(week.end())).getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).toList();
    }

    /** The next visits still to be held (pending or confirmed) from now on, soonest first. */
    private List<Upcoming> upcoming(long doctorAccountId, Instant now) {
        List<Encounter> next = em.createQuery("select e from Encounter e where e.doctorAccountId = :doctor and e.scheduledAt >= :now"
                        + " and e.status in ('pending', 'confirmed') order by e.scheduledAt, e.id", Encounter.class)
                .setParameter("doctor", doctorAccountId).setParameter("now", now).setMaxResults(UPCOMING).getResultList();
        if (next.isEmpty()) {
            return List.of();
        }
        List<Long> patients = next.stream().map(Encounter::getPatientAccountId).distinct().toList();
        Map<Long, Account> accounts = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", patients).getResultList().stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Map<Long, PatientProfile> profiles = em.createQuery("select p from PatientProfile p where p.account.id in :ids", PatientProfile.class)
                .setParameter("ids", patients).getResultList().stream()
                .collect(Collectors.toMap(p -> p.getAccount().getId(), Function.identity()));
        return next.stream().map(e -> new Upcoming(e, accounts.get(e.getPatientAccountId()), profiles.get(e.getPatientAccountId()))).toList();
    }
}
