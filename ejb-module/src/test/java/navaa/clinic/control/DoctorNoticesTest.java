package navaa.clinic.control;

import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DoctorNoticesTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void aReminderForEachVisitStartingWithinHalfAnHour() {
        List<DoctorNotices.Upcoming> upcoming = List.of(
                new DoctorNotices.Upcoming("a", "علی محمدی", NOW.plusSeconds(10 * 60)),
                new DoctorNotices.Upcoming("b", null, NOW.plusSeconds(30 * 60)),
                new DoctorNotices.Upcoming("c", "رضا کریمی", NOW.plusSeconds(31 * 60)));
        List<DoctorNotices.Notice> reminders = DoctorNotices.reminders(upcoming, NOW);
        assertEquals(List.of("reminder-a", "reminder-b"), reminders.stream().map(DoctorNotices.Notice::id).toList());
        DoctorNotices.Notice first = reminders.get(0);
        assertEquals(DoctorNotices.REMINDER, first.type());
        assertEquals(NOW.minusSeconds(20 * 60), first.createdAt(), "made half an hour before its visit");
        assertFalse(first.read());
    }

    @Test
    void storedAndRemindersTogetherNewestFirstAndBounded() {
        DoctorNotices.Notice old = new DoctorNotices.Notice("s1", "new_appointment", "x", NOW, NOW.minusSeconds(3600), true);
        DoctorNotices.Notice recent = new DoctorNotices.Notice("s2", "appointment_cancelled", "x", NOW, NOW.minusSeconds(60), false);
        DoctorNotices.Notice reminder = new DoctorNotices.Notice("reminder-a", "appointment_reminder", "x", NOW, NOW.minusSeconds(600), false);
        assertEquals(List.of("s2", "reminder-a", "s1"),
                DoctorNotices.newestFirst(List.of(recent, old), List.of(reminder), 20).stream().map(DoctorNotices.Notice::id).toList());
        assertEquals(List.of("s2", "reminder-a"),
                DoctorNotices.newestFirst(List.of(recent, old), List.of(reminder), 2).stream().map(DoctorNotices.Notice::id).toList());
    }

    @Test
    void messagesAreWrittenInTheReadersLanguageWithTehransTime() {
        // 10:00 UTC is 13:30 in Tehran, on 1405-09-17
        Instant visit = Instant.parse("2026-12-08T10:00:00Z");
        DoctorNotices.Notice booked = new DoctorNotices.Notice("n", "new_appointment", "علی محمدی", visit, NOW, false);
        assertEquals("نوبت جدید: علی محمدی برای 1405-09-17 ساعت 13:30 نوبت گرفت", NotificationText.of(booked, NOW, Messages.PERSIAN));
        assertEquals("New appointment: علی محمدی booked a visit on 2026-12-08 at 13:30 Tehran time",
                NotificationText.of(booked, NOW, Locale.ENGLISH));
        DoctorNotices.Notice cancelled = new DoctorNotices.Notice("n", "appointment_cancelled", null, visit, NOW, false);
        assertEquals("بیماری ویزیت 1405-09-17 ساعت 13:30 را لغو کرد", NotificationText.of(cancelled, NOW, Messages.PERSIAN));
        assertEquals("A patient cancelled the visit on 2026-12-08 at 13:30 Tehran time", NotificationText.of(cancelled, NOW, Locale.ROOT));
    }

    @Test
    void theReminderSaysHowManyMinutesAreLeftRoundedUp() {
        DoctorNotices.Notice reminder = new DoctorNotices.Notice("reminder-a", "appointment_reminder", null,
                NOW.plusSeconds(30 * 60), NOW, false);
        assertEquals("ویزیت بعدی شما 30 دقیقه دیگر شروع می‌شود", NotificationText.of(reminder, NOW, Messages.PERSIAN),
                "doc 003's example, word for word");
        assertEquals("Your next visit starts in 30 minutes", NotificationText.of(reminder, NOW, Locale.ENGLISH));
        assertEquals(25, NotificationText.minutesUntil(NOW.plusSeconds(24 * 60 + 1), NOW));
        assertEquals(1, NotificationText.minutesUntil(NOW.plusSeconds(5), NOW));
    }
}
