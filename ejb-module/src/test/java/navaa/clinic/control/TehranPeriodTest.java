package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TehranPeriodTest {

    @Test
    void todayIsTehransDayNotUtcs() {
        // 22:00 UTC on Monday 7 Dec 2026 is 01:30 on Tuesday in Tehran (UTC+3:30)
        TehranPeriod today = TehranPeriod.today(Instant.parse("2026-12-07T22:00:00Z"));
        assertEquals(Instant.parse("2026-12-07T20:30:00Z"), today.start());
        assertEquals(Instant.parse("2026-12-08T20:30:00Z"), today.end());
    }

    @Test
    void theWeekRunsFromSaturdayToFriday() {
        // Tuesday 8 Dec 2026 in Tehran: the week began on Saturday 5 Dec
        TehranPeriod week = TehranPeriod.week(Instant.parse("2026-12-08T10:00:00Z"));
        assertEquals(Instant.parse("2026-12-04T20:30:00Z"), week.start());
        assertEquals(Instant.parse("2026-12-11T20:30:00Z"), week.end());
        // Friday night, 23:59 in Tehran, is still that week; Saturday's midnight is the next
        assertTrue(week.contains(Instant.parse("2026-12-11T20:29:00Z")));
        assertFalse(week.contains(week.end()));
        assertTrue(week.contains(week.start()));
    }

    @Test
    void onSaturdayTheWeekStartsThatDay() {
        TehranPeriod week = TehranPeriod.week(Instant.parse("2026-12-05T00:00:00Z"));
        assertEquals(Instant.parse("2026-12-04T20:30:00Z"), week.start());
        // a minute before Tehran's Saturday midnight belongs to the week before
        assertEquals(Instant.parse("2026-11-27T20:30:00Z"), TehranPeriod.week(Instant.parse("2026-12-04T20:29:00Z")).start());
    }
}
