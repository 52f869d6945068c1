package navaa.clinic.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The doctor dashboard's notifications: the stored ones (bookings, cancellations) and the
 * reminders worked out when read, one for each visit still to be held that starts within
 * {@link #REMINDER_BEFORE}. A reminder is "made" that long before its visit, is never read
 * (it is not stored) and goes away once its visit has started.
 */
public final class DoctorNotices {

    public static final String REMINDER = "appointment_reminder";
    public static final Duration REMINDER_BEFORE = Duration.ofMinutes(30);
    /** A reminder's id: this and the encounter's id, so it cannot be taken for a stored notification's uuid. */
    public static final String REMINDER_ID_PREFIX = "reminder-";

    /** One notification with the facts its message is written from. */
    public record Notice(String id, String type, String patientName, Instant visitAt, Instant createdAt, boolean read) {
    }

    /** A visit still to be held (pending or confirmed), as the reminders see it. */
    public record Upcoming(String encounterId, String patientName, Instant scheduledAt) {
    }

    private DoctorNotices() {
    }

    public static List<Notice> reminders(Collection<Upcoming> upcoming, Instant now) {
        return upcoming.stream()
                .filter(u -> u.scheduledAt().isAfter(now) && !u.scheduledAt().isAfter(now.plus(REMINDER_BEFORE)))
                .map(u -> new Notice(REMINDER_ID_PREFIX + u.encounterId(), REMINDER, u.patientName(), u.scheduledAt(),
                        u.scheduledAt().minus(REMINDER_BEFORE), false))
                .toList();
    }

    /**
     * Both kinds together, newest first, at most {@code limit}. The sort is stable: stored
     * notifications of one millisecond keep the order they were read in (newest row first).
     */
    public static List<Notice> newestFirst(List<Notice> stored, Collection<Notice> reminders, int limit) {
        return Stream.concat(stored.stream(), reminders.stream())
                .sorted(Comparator.comparing(Notice::createdAt).reversed())
                .limit(limit).toList();
    }
}
