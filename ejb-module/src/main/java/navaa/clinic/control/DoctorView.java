package navaa.clinic.control;

import navaa.clinic.entity.DoctorBreak;
import navaa.clinic.entity.DoctorProfile;
import navaa.clinic.entity.DoctorVisits;
import navaa.identity.entity.Account;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A doctor as doc 003 shows one: the account, its profile (a blank one while none is
 * stored), the mean and count of its ratings, the first free visit and whether it has a photo.
 */
public record DoctorView(Account account, DoctorProfile profile, double ratingAverage, long ratingCount,
                         Optional<Instant> nextAvailable, boolean hasPhoto) {

    /** The profile's working week as {@link DoctorSlots} reads it. */
    public static DoctorHours hours(DoctorProfile profile) {
        DoctorVisits.Week week = profile.getVisits().week();
        return new DoctorHours(DoctorWeek.split(week.days()), time(week.start()), time(week.end()),
                profile.getBreaks().stream().map(b -> new DoctorHours.Break(time(b.getStart()), time(b.getEnd()))).toList(),
                week.durationMinutes(), week.bufferMinutes());
    }

    /** Whether the doctor sees patients in person: an in-person fee and working hours are set. */
    public boolean inPerson() {
        return profile.getVisits().getInPersonFee() != null && hours(profile).open();
    }

    /** Minutes after midnight as a time of day. */
    public static LocalTime time(Integer minutes) {
        return minutes == null ? null : LocalTime.ofSecondOfDay(minutes * 60L);
    }

    public static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public static DoctorBreak stored(DoctorHours.Break pause) {
        return new DoctorBreak(minutes(pause.start()), minutes(pause.end()));
    }
}
