package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.BookingForm;
import navaa.clinic.control.BookingPrice;
import navaa.clinic.control.BookingReference;
import navaa.clinic.control.DoctorCalendar;
import navaa.clinic.control.DoctorSlots;
import navaa.clinic.control.DoctorView;
import navaa.clinic.entity.DoctorProfile;
import navaa.clinic.entity.Encounter;
import navaa.identity.boundary.Accounts;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Doc 003's booking. The doctor's profile row is locked before the calendar is read, so
 * of two requests for one slot the second sees the first's visit and is refused (409
 * APPOINTMENT_CONFLICT), as is a time outside the working hours, in a break or past.
 */
@Stateless
public class EncounterBooking {

    /** What a booking made: the encounter and the doctor as it was booked with. */
    public record Booked(Encounter encounter, DoctorView doctor) {
    }

    private static final Clock CLOCK = Clock.systemUTC();
    private static final int INSURANCE_PERCENT = BookingPrice.configuredPercent(System.getenv("NAVAA_INSURANCE_SHARE_PERCENT"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Doctors doctors;

    @Inject
    DoctorCalendar calendar;

    @Inject
    PatientAccounts patients;

    @Inject
    DoctorInbox inbox;

    public Booked book(long patientAccountId, BookingForm form) {
        if (!form.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, form.errors());
        }
        Account doctor = accounts.byUuid(form.doctorId()).filter(a -> a.getRoles().contains(Role.DOCTOR))
                .orElseThrow(() -> NavaaException.invalid(ErrorCode.DOCTOR_NOT_FOUND, Map.of("doctor_id", FieldError.of("field.doctor"))));
        DoctorProfile profile = doctors.stored(doctor);
        Long fee = fee(profile, form.visitType());
        if (fee == null) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("visit_type", FieldError.of("field.visitTypeOffered")));
        }
        DoctorSlots slots = new DoctorSlots(DoctorView.hours(profile));
        int minutes = profile.getVisits().week().durationMinutes();
        Instant start = form.scheduledAt();
        Instant now = CLOCK.instant();
        if (!slots.bookable(start, now, calendar.booked(doctor.getId(), start.minusSeconds(86400), start.plusSeconds(86400)))) {
            throw new NavaaException(ErrorCode.APPOINTMENT_CONFLICT);
        }
        String insurer = form.useInsurance() ? insurer(patientAccountId, form) : null;
        BookingPrice price = BookingPrice.of(fee, insurer, profile.getInsurances(), INSURANCE_PERCENT);
        Encounter encounter = new Encounter(patientAccountId, doctor.getId(),
                new Encounter.Request(form.visitType(), start, minutes, form.chiefComplaint(), form.description(), insurer,
                        form.useInsurance() ? form.insuranceNumber() : null),
                BookingReference.of(start), price.total(), price.insuranceDiscount(), now);
        em.persist(encounter);
        em.flush();
        // the doctor's dashboard is told in the booking's transaction: no notification of a booking that failed
        inbox.booked(encounter, now);
        return new Booked(encounter, doctors.view(doctor));
    }

    private static Long fee(DoctorProfile profile, String visitType) {
        if ("online".equals(visitType)) {
            return profile.getVisits().isOnlineEnabled() ? profile.getVisits().getOnlineFee() : null;
        }
        return profile.getVisits().getInPersonFee();
    }

    /** The insurer named in the request, else the one on the patient's profile. */
    private String insurer(long patientAccountId, BookingForm form) {
        return form.insuranceProvider() != null ? form.insuranceProvider() : patients.profileOf(patientAccountId).getInsuranceProvider();
    }
}
