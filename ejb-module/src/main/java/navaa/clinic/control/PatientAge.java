package navaa.clinic.control;

import java.time.LocalDate;

/**
 * A patient's age in whole years, counted in the Jalali calendar the birth date is given in:
 * one more year on each Jalali birthday (a 30 Esfand birthday, in a year without one, on 1
 * Farvardin). Unknown (null) without a birth date, or with one after {@code today}.
 */
public final class PatientAge {

    private PatientAge() {
    }

    public static Integer years(LocalDate birth, LocalDate today) {
        if (birth == null || birth.isAfter(today)) {
            return null;
        }
        int[] born = parts(JalaliDates.format(birth));
        int[] now = parts(JalaliDates.format(today));
        boolean hadBirthday = now[1] > born[1] || (now[1] == born[1] && now[2] >= born[2]);
        return now[0] - born[0] - (hadBirthday ? 0 : 1);
    }

    /** Year, month and day of a {@code yyyy-mm-dd}. */
    private static int[] parts(String day) {
        String[] p = day.split("-");
        return new int[]{Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
    }
}
