package navaa.clinic.control;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * When a doctor sees patients: working days and hours with their breaks (local times of
 * {@link #ZONE}), and how long a visit takes plus the rest after it, in minutes.
 * {@code start} and {@code end} are null while the doctor has set no hours.
 */
public record DoctorHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, List<Break> breaks,
                          int durationMinutes, int bufferMinutes) {

    /** Doc 003's platform is Iranian: every time of day in the settings is Tehran's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    /** A pause within the working hours, {@code [start, end)}. */
    public record Break(LocalTime start, LocalTime end) {
    }

    public DoctorHours {
        days = Set.copyOf(days);
        breaks = List.copyOf(breaks);
    }

    /** Whether any visit could ever be booked. */
    public boolean open() {
        return !days.isEmpty() && start != null && end != null && durationMinutes > 0;
    }
}
