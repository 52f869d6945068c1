package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PatientAgeTest {

    private static LocalDate jalali(String day) {
        return JalaliDates.parse(day).orElseThrow();
    }

    @Test
    void wholeJalaliYearsOneMoreOnEachJalaliBirthday() {
        LocalDate born = jalali("1370-01-01");
        assertEquals(35, PatientAge.years(born, jalali("1405-09-17")));
        assertEquals(34, PatientAge.years(born, jalali("1404-12-29")), "the day before the birthday");
        assertEquals(35, PatientAge.years(born, jalali("1405-01-01")), "the birthday itself");
        assertEquals(0, PatientAge.years(born, born));
    }

    @Test
    void theBirthdayIsJalaliNotGregorian() {
        // 1370-07-15 is 7 Oct 1991; on 1405-07-14 (6 Oct 2026) the Jalali birthday has not come yet
        LocalDate born = jalali("1370-07-15");
        assertEquals(LocalDate.of(1991, 10, 7), born);
        assertEquals(34, PatientAge.years(born, jalali("1405-07-14")));
        assertEquals(35, PatientAge.years(born, jalali("1405-07-15")));
    }

    @Test
    void theLeapDayBirthdayComesOnTheFirstOfFarvardinInOtherYears() {
        LocalDate born = jalali("1399-12-30");
        assertEquals(4, PatientAge.years(born, jalali("1404-12-29")));
        assertEquals(5, PatientAge.years(born, jalali("1405-01-01")));
    }

    @Test
    void unknownWithoutABirthDateOrWithOneInTheFuture() {
        assertNull(PatientAge.years(null, LocalDate.of(2026, 12, 8)));
        assertNull(PatientAge.years(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 8)));
    }
}
