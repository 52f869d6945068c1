package navaa.system;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The first free visit under doc 003's settings example, worked out the plain way: Saturday
 * to Wednesday, visits of 20 minutes every 30 (10 of buffer) from 09:00, the last starting
 * 16:30, none at 12:00 or 12:30 (the 12:00-13:00 break), in Tehran's time, none booked.
 */
final class DoctorSlotsExpected {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Set<DayOfWeek> DAYS = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);

    private DoctorSlotsExpected() {
    }

    static Instant firstFree(Instant now) {
        for (LocalDate day = now.atZone(TEHRAN).toLocalDate(); ; day = day.plusDays(1)) {
            if (!DAYS.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime start = LocalTime.of(9, 0); !start.isAfter(LocalTime.of(16, 30)); start = start.plusMinutes(30)) {
                Instant visit = day.atTime(start).atZone(TEHRAN).toInstant();
                boolean inBreak = start.equals(LocalTime.of(12, 0)) || start.equals(LocalTime.of(12, 30));
                if (!inBreak && !visit.isBefore(now)) {
                    return visit;
                }
            }
        }
    }
}
