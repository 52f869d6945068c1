package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JalaliDatesTest {

    @Test
    void theDocumentsDatesConvert() {
        assertEquals(Optional.of(LocalDate.of(1991, 3, 21)), JalaliDates.parse("1370-01-01"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 19)), JalaliDates.parse("1403-12-29"));
        assertEquals("1370-01-01", JalaliDates.format(LocalDate.of(1991, 3, 21)));
        assertEquals("1403-12-29", JalaliDates.format(LocalDate.of(2025, 3, 19)));
    }

    @Test
    void esfandHas30DaysInALeapYearOnly() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 20)), JalaliDates.parse("1403-12-30"), "1403 is a leap year");
        assertEquals(Optional.of(LocalDate.of(1992, 3, 20)), JalaliDates.parse("1370-12-30"), "1370 is a leap year too");
        assertEquals(Optional.empty(), JalaliDates.parse("1371-12-30"), "1371 is not");
        assertEquals(Optional.empty(), JalaliDates.parse("1402-12-30"), "nor is 1402");
        assertEquals(Optional.empty(), JalaliDates.parse("1370-12-31"), "Esfand never has 31 days");
        assertEquals(Optional.empty(), JalaliDates.parse("1403-12-31"));
    }

    @Test
    void impossibleOrMisformedDatesAreRefused() {
        for (String bad : new String[]{null, "", "1370-13-01", "1370-00-10", "1370-01-00", "1370-07-31", "1370-1-1",
                "70-01-01", "1370/01/01", "2024-01-01x", "0000-01-01", "9999-01-01"}) {
            assertEquals(Optional.empty(), JalaliDates.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void persianDigitsAreRead() {
        assertEquals(Optional.of(LocalDate.of(1991, 3, 21)), JalaliDates.parse("۱۳۷۰-۰۱-۰۱"));
    }

    @Test
    void everyDayOfSomeYearsRoundTrips() {
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            assertEquals(Optional.of(day), JalaliDates.parse(JalaliDates.format(day)), day.toString());
        }
    }
}
