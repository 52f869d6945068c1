package navaa.clinic.control;

import java.time.Instant;
import java.util.List;

/**
 * The visits already booked with a doctor: what {@link DoctorSlots} must avoid. Booking
 * (issue 14, item 4) answers it from its appointments.
 */
public interface DoctorCalendar {

    /** The doctor's booked visits that overlap {@code [from, to)}. */
    List<DoctorBooking> booked(long doctorAccountId, Instant from, Instant to);
}
