package navaa.clinic.control;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doc 003's dates ({@code 1370-01-01}) are Jalali (the Persian solar calendar); the database
 * keeps Gregorian dates. ICU4J's Persian calendar converts both ways and, not lenient,
 * refuses a day the month does not have (Esfand 30 outside a leap year).
 */
public final class JalaliDates {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final int FIRST_YEAR = 1200;
    private static final int LAST_YEAR = 1600;

    private JalaliDates() {
    }

    /** The Gregorian day of a Jalali {@code yyyy-mm-dd}, or empty when it is no such day. */
    public static Optional<LocalDate> parse(String jalali) {
        if (jalali == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(Digits.latin(jalali.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        Calendar calendar = calendar();
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, Integer.parseInt(m.group(2)) - 1);
        calendar.set(Calendar.DAY_OF_MONTH, Integer.parseInt(m.group(3)));
        try {
            LocalDate day = Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
            // a day ICU accepted must name itself again; anything else was not a real day
            return format(day).equals(m.group()) ? Optional.of(day) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Jalali {@code yyyy-mm-dd} of a Gregorian day. */
    public static String format(LocalDate day) {
        Calendar calendar = calendar();
        calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return String.format("%04d-%02d-%02d", calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
    }

    private static Calendar calendar() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    }
}
