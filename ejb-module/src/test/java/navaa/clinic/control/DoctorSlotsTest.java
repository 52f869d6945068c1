package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next free visit from doc 003's settings example: Saturday to Wednesday 09:00-17:00, a break 12:00-13:00. */
class DoctorSlotsTest {

    private static final DoctorHours DOC_003 = new DoctorHours(
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(new DoctorHours.Break(LocalTime.of(12, 0), LocalTime.of(13, 0))), 20, 10);
    private final DoctorSlots slots = new DoctorSlots(DOC_003);

    /** A Tehran wall-clock time as an instant (Tehran is UTC+03:30, with no daylight saving since 2022). */
    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DoctorHours.ZONE).toInstant();
    }

    private Optional<Instant> firstFree(String from, DoctorBooking... booked) {
        return slots.firstFree(tehran(from), List.of(booked));
    }

    @Test
    void beforeOpeningTheFirstVisitIsAtOpening() {
        // 2026-12-07 is a Monday
        assertEquals(Optional.of(tehran("2026-12-07T09:00")), firstFree("2026-12-07T07:13"));
        assertEquals(Instant.parse("2026-12-07T05:30:00Z"), firstFree("2026-12-07T07:13").orElseThrow(), "09:00 in Tehran is 05:30 UTC");
    }

    @Test
    void duringTheDayVisitsStartEveryDurationPlusBuffer() {
        // 09:00, 09:30, 10:00 ...: 10:05 waits for 10:30
        assertEquals(Optional.of(tehran("2026-12-07T10:30")), firstFree("2026-12-07T10:05"));
        assertEquals(Optional.of(tehran("2026-12-07T10:30")), firstFree("2026-12-07T10:30"), "a visit may start right now");
    }

    @Test
    void aVisitThatWouldRunIntoTheBreakWaitsForItsEnd() {
        // 11:30 + 20 min ends 11:50, fine; the next (12:00) is in the break: 13:00
        assertEquals(Optional.of(tehran("2026-12-07T11:30")), firstFree("2026-12-07T11:10"));
        assertEquals(Optional.of(tehran("2026-12-07T13:00")), firstFree("2026-12-07T11:31"));
        assertEquals(Optional.of(tehran("2026-12-07T13:00")), firstFree("2026-12-07T12:30"));
    }

    @Test
    void aBreakThatCutsAVisitShortPushesItPastTheBreak() {
        DoctorSlots odd = new DoctorSlots(new DoctorHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of(new DoctorHours.Break(LocalTime.of(9, 15), LocalTime.of(9, 45))), 20, 0));
        // 09:00-09:20 overlaps the break from 09:15
        assertEquals(Optional.of(tehran("2026-12-07T09:45")), odd.firstFree(tehran("2026-12-07T08:00"), List.of()));
    }

    @Test
    void theLastVisitMustEndByClosingThenTheNextWorkingDay() {
        // 16:30 ends 16:50; the next would start 17:00: closed. Thursday and Friday are off: Saturday
        assertEquals(Optional.of(tehran("2026-12-09T16:30")), firstFree("2026-12-09T16:01"));
        assertEquals(Optional.of(tehran("2026-12-12T09:00")), firstFree("2026-12-09T16:31"), "Wednesday evening: Saturday 09:00");
        assertEquals(Optional.of(tehran("2026-12-12T09:00")), firstFree("2026-12-11T10:00"), "a Friday: Saturday");
    }

    @Test
    void bookedVisitsAreAvoidedWithTheBufferOnBothSides() {
        DoctorBooking nine = new DoctorBooking(tehran("2026-12-07T09:00"), tehran("2026-12-07T09:20"));
        DoctorBooking halfPast = new DoctorBooking(tehran("2026-12-07T09:30"), tehran("2026-12-07T09:50"));
        assertEquals(Optional.of(tehran("2026-12-07T09:30")), firstFree("2026-12-07T08:00", nine));
        assertEquals(Optional.of(tehran("2026-12-07T10:00")), firstFree("2026-12-07T08:00", nine, halfPast));
        // a visit booked at 09:25 (off the grid) leaves no room at 09:00 (its buffer) nor at 09:30: 09:55
        DoctorBooking odd = new DoctorBooking(tehran("2026-12-07T09:25"), tehran("2026-12-07T09:45"));
        assertEquals(Optional.of(tehran("2026-12-07T09:55")), firstFree("2026-12-07T08:00", odd));
    }

    @Test
    void aFullyBookedDayMovesToTheNextWorkingDay() {
        List<DoctorBooking> allDay = List.of(new DoctorBooking(tehran("2026-12-09T09:00"), tehran("2026-12-09T17:00")));
        assertEquals(Optional.of(tehran("2026-12-12T09:00")), slots.firstFree(tehran("2026-12-09T08:00"), allDay));
    }

    @Test
    void noWorkingDaysOrHoursMeansNoVisit() {
        DoctorSlots none = new DoctorSlots(new DoctorHours(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), 20, 0));
        DoctorSlots unset = new DoctorSlots(new DoctorHours(EnumSet.of(DayOfWeek.MONDAY), null, null, List.of(), 20, 0));
        assertEquals(Optional.empty(), none.firstFree(tehran("2026-12-07T08:00"), List.of()));
        assertEquals(Optional.empty(), unset.firstFree(tehran("2026-12-07T08:00"), List.of()));
    }

    @Test
    void beyondTheHorizonThereIsNone() {
        List<DoctorBooking> booked = List.of(new DoctorBooking(tehran("2026-12-07T00:00"), tehran("2027-03-01T00:00")));
        assertEquals(Optional.empty(), slots.firstFree(tehran("2026-12-07T08:00"), booked));
    }

    @Test
    void bookableFollowsTheSameRules() {
        Instant now = tehran("2026-12-07T08:00");
        assertTrue(slots.bookable(tehran("2026-12-07T09:00"), now, List.of()));
        assertTrue(slots.bookable(tehran("2026-12-07T16:40"), now, List.of()), "ends at closing");
        assertFalse(slots.bookable(tehran("2026-12-07T16:45"), now, List.of()), "past closing");
        assertFalse(slots.bookable(tehran("2026-12-07T11:50"), now, List.of()), "into the break");
        assertFalse(slots.bookable(tehran("2026-12-07T07:00"), now, List.of()), "in the past");
        assertFalse(slots.bookable(tehran("2026-12-10T10:00"), now, List.of()), "a Thursday");
        assertFalse(slots.bookable(tehran("2026-12-07T09:25"), now,
                List.of(new DoctorBooking(tehran("2026-12-07T09:00"), tehran("2026-12-07T09:20")))), "within the buffer");
    }
}
