package navaa.clinic.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a visit fits in a doctor's week. Each working day offers visits from the start
 * of the working hours, one every duration + buffer minutes; a visit lies wholly within
 * the hours and outside every break (the first after a break starts at its end), and
 * keeps the buffer free on both sides of every booked visit (the first after one starts
 * at its end + buffer). Booked visits are an input, so the booking code supplies them.
 */
public final class DoctorSlots {

    /** How far ahead a free visit is looked for: a doctor booked out for longer has none to show. */
    public static final int HORIZON_DAYS = 60;

    private final DoctorHours hours;
    private final Duration visit;
    private final Duration buffer;

    public DoctorSlots(DoctorHours hours) {
        this.hours = hours;
        this.visit = Duration.ofMinutes(hours.durationMinutes());
        this.buffer = Duration.ofMinutes(hours.bufferMinutes());
    }

    /** The start of the first visit at or after {@code from} that is free; empty when the doctor has none within the horizon. */
    public Optional<Instant> firstFree(Instant from, List<DoctorBooking> booked) {
        if (!hours.open()) {
            return Optional.empty();
        }
        LocalDate day = from.atZone(DoctorHours.ZONE).toLocalDate();
        for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (hours.days().contains(day.getDayOfWeek())) {
                Optional<Instant> free = firstFreeOn(day, from, booked);
                if (free.isPresent()) {
                    return free;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a visit starting at {@code start} could be booked at {@code now}: what a booking checks. */
    public boolean bookable(Instant start, Instant now, List<DoctorBooking> booked) {
        if (!hours.open() || start.isBefore(now)) {
            return false;
        }
        ZonedDateTime local = start.atZone(DoctorHours.ZONE);
        LocalDate day = local.toLocalDate();
        Instant end = start.plus(visit);
        return hours.days().contains(day.getDayOfWeek())
                && !start.isBefore(at(day, hours.start()).toInstant()) && !end.isAfter(at(day, hours.end()).toInstant())
                && breakAround(day, start, end).isEmpty() && busyUntil(start, end, booked).isEmpty();
    }

    private Optional<Instant> firstFreeOn(LocalDate day, Instant from, List<DoctorBooking> booked) {
        Instant cursor = at(day, hours.start()).toInstant();
        Instant close = at(day, hours.end()).toInstant();
        while (!cursor.plus(visit).isAfter(close)) {
            Instant end = cursor.plus(visit);
            Optional<Instant> afterBreak = breakAround(day, cursor, end);
            Optional<Instant> afterBooking = busyUntil(cursor, end, booked);
            if (cursor.isBefore(from)) {
                cursor = cursor.plus(visit).plus(buffer);
            } else if (afterBreak.isPresent()) {
                cursor = afterBreak.get();
            } else if (afterBooking.isPresent()) {
                cursor = afterBooking.get();
            } else {
                return Optional.of(cursor);
            }
        }
        return Optional.empty();
    }

    /** The end of a break the visit {@code [start, end)} overlaps, if it overlaps one. */
    private Optional<Instant> breakAround(LocalDate day, Instant start, Instant end) {
        return hours.breaks().stream()
                .filter(pause -> start.isBefore(at(day, pause.end()).toInstant()) && at(day, pause.start()).toInstant().isBefore(end))
                .map(pause -> at(day, pause.end()).toInstant())
                .max(Instant::compareTo);
    }

    /** When the booked visits the visit {@code [start, end)} would crowd are over, buffer included. */
    private Optional<Instant> busyUntil(Instant start, Instant end, List<DoctorBooking> booked) {
        return booked.stream()
                .filter(b -> start.isBefore(b.end().plus(buffer)) && b.start().isBefore(end.plus(buffer)))
                .map(b -> b.end().plus(buffer))
                .max(Instant::compareTo);
    }

    private static ZonedDateTime at(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(DoctorHours.ZONE);
    }
}
