package navaa.clinic.control;

import java.time.Instant;

/** A visit already booked with a doctor, {@code [start, end)}: what the next free slot must avoid. */
public record DoctorBooking(Instant start, Instant end) {
}
