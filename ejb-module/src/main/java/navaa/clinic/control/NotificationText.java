package navaa.clinic.control;

import navaa.platform.control.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A notification's message in the reader's language, written when it is read from the
 * event's stored facts: Persian with the visit's Jalali date, English with its Gregorian
 * date, both at Tehran's time of day, where the doctor's hours are set.
 */
public final class NotificationText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private NotificationText() {
    }

    public static String of(DoctorNotices.Notice notice, Instant now, Locale locale) {
        if (DoctorNotices.REMINDER.equals(notice.type())) {
            return Messages.text("notification." + notice.type(), locale, Long.toString(minutesUntil(notice.visitAt(), now)));
        }
        String who = notice.patientName() != null ? notice.patientName() : Messages.text("notification.somePatient", locale);
        return Messages.text("notification." + notice.type(), locale, who, when(notice.visitAt(), locale));
    }

    /** The visit's day and time in Tehran: {@code 1405-09-17 ساعت 10:30}, {@code 2026-12-08 at 10:30 Tehran time}. */
    static String when(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, DoctorHours.ZONE);
        String day = Messages.PERSIAN.equals(Messages.supported(locale)) ? JalaliDates.format(local.toLocalDate())
                : local.toLocalDate().toString();
        return Messages.text("notification.time", locale, day, CLOCK.format(local));
    }

    /** Whole minutes to the visit, rounded up: 30 until the last seconds of the 30th minute. */
    static long minutesUntil(Instant visit, Instant now) {
        long seconds = Math.max(0, Duration.between(now, visit).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
