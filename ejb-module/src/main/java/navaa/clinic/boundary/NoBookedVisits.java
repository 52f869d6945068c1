package navaa.clinic.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import navaa.clinic.control.DoctorBooking;
import navaa.clinic.control.DoctorCalendar;

import java.time.Instant;
import java.util.List;

/** Until there is booking, no doctor has a booked visit; booking replaces this with its appointments. */
@ApplicationScoped
public class NoBookedVisits implements DoctorCalendar {

    @Override
    public List<DoctorBooking> booked(long doctorAccountId, Instant from, Instant to) {
        return List.of();
    }
}
