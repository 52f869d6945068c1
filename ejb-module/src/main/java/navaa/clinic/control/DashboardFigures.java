package navaa.clinic.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;

/**
 * The doctor dashboard's arithmetic (doc 003's today_stats and week_stats) over the
 * doctor's visits, each counted in the period its scheduled time falls in (Tehran).
 * <ul>
 * <li>{@code total}: every visit of the period, whatever its status, so
 * total = completed + pending + cancelled;</li>
 * <li>{@code pending}: visits still to happen, pending or confirmed;</li>
 * <li>{@code revenue} (rials): what the doctor's work earned: the whole price
 * ({@code total_amount}, insurer's and patient's share) of completed visits, plus the
 * cancellation fee a patient owes for a late cancellation. A visit booked but not yet
 * held earns nothing yet; a free cancellation nothing at all.</li>
 * </ul>
 */
public final class DashboardFigures {

    /** One visit as the figures see it. */
    public record Visit(Instant scheduledAt, String status, long totalAmount, Long cancellationFee) {
    }

    public record Counts(int total, int completed, int pending, int cancelled, long revenue) {
    }

    private DashboardFigures() {
    }

    public static Counts count(Collection<Visit> visits, TehranPeriod period) {
        int total = 0;
        int completed = 0;
        int pending = 0;
        int cancelled = 0;
        long revenue = 0;
        for (Visit v : visits) {
            if (!period.contains(v.scheduledAt())) {
                continue;
            }
            total++;
            switch (v.status()) {
                case "completed" -> {
                    completed++;
                    revenue += v.totalAmount();
                }
                case "cancelled" -> {
                    cancelled++;
                    revenue += v.cancellationFee() == null ? 0 : v.cancellationFee();
                }
                default -> pending++;
            }
        }
        return new Counts(total, completed, pending, cancelled, revenue);
    }

    /** The mean of the scores to one decimal (half up, 4.65 → 4.7); null for no scores, rather than a 0 no patient gave. */
    public static Double averageRating(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
