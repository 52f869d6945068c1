package navaa.clinic.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A stretch of Tehran's calendar, {@code [start, end)}: the dashboard's "today" and its week.
 * The week starts on Saturday, as the Iranian week and the doctor's working days do, and
 * days start at Tehran's midnight (Iran keeps no daylight saving since 2022; the zone rules
 * handle the years it did).
 */
public record TehranPeriod(Instant start, Instant end) {

    public static TehranPeriod today(Instant now) {
        LocalDate day = now.atZone(DoctorHours.ZONE).toLocalDate();
        return new TehranPeriod(midnight(day), midnight(day.plusDays(1)));
    }

    /** The Saturday-to-Friday week holding {@code now}. */
    public static TehranPeriod week(Instant now) {
        LocalDate saturday = now.atZone(DoctorHours.ZONE).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new TehranPeriod(midnight(saturday), midnight(saturday.plusDays(7)));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(DoctorHours.ZONE).toInstant();
    }
}
