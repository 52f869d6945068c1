package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DashboardFiguresTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final TehranPeriod TODAY = TehranPeriod.today(NOW);
    private static final TehranPeriod WEEK = TehranPeriod.week(NOW);

    private static DashboardFigures.Visit visit(String at, String status, long total, Long fee) {
        return new DashboardFigures.Visit(Instant.parse(at), status, total, fee);
    }

    @Test
    void eachStatusCountsAndRevenueIsCompletedVisitsPlusLateCancellationFees() {
        List<DashboardFigures.Visit> visits = List.of(
                visit("2026-12-08T06:00:00Z", "completed", 800000, null),
                visit("2026-12-08T07:00:00Z", "completed", 600000, null),
                visit("2026-12-08T08:00:00Z", "pending", 800000, null),
                visit("2026-12-08T09:00:00Z", "confirmed", 800000, null),
                visit("2026-12-08T11:00:00Z", "cancelled", 600000, 120000L),
                visit("2026-12-08T12:00:00Z", "cancelled", 800000, 0L),
                // Wednesday: the week's, not today's
                visit("2026-12-09T06:00:00Z", "completed", 800000, null),
                // next Saturday in Tehran: neither
                visit("2026-12-11T21:00:00Z", "completed", 800000, null));
        assertEquals(new DashboardFigures.Counts(6, 2, 2, 2, 800000 + 600000 + 120000), DashboardFigures.count(visits, TODAY));
        assertEquals(new DashboardFigures.Counts(7, 3, 2, 2, 800000 + 600000 + 120000 + 800000), DashboardFigures.count(visits, WEEK));
    }

    @Test
    void aDayWithoutVisitsIsAllNoughts() {
        assertEquals(new DashboardFigures.Counts(0, 0, 0, 0, 0), DashboardFigures.count(List.of(), TODAY));
    }

    @Test
    void theAverageRatingHasOneDecimalAndIsNullWithoutRatings() {
        assertNull(DashboardFigures.averageRating(List.of()));
        assertEquals(4.0, DashboardFigures.averageRating(List.of(4)));
        assertEquals(4.7, DashboardFigures.averageRating(List.of(5, 5, 4)), "4.666… rounds to 4.7");
        assertEquals(4.5, DashboardFigures.averageRating(List.of(5, 4)));
        assertEquals(3.3, DashboardFigures.averageRating(List.of(5, 4, 1)), "3.333… rounds to 3.3");
    }
}
