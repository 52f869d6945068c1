package navaa.clinic.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Doc 003's cancellation policy (its example's figures): free until a day before the visit,
 * then the patient owes half of their share. A visit that has started cannot be cancelled.
 */
public final class CancellationPolicy {

    public static final Duration FREE_BEFORE = Duration.ofHours(24);
    public static final int FEE_PERCENTAGE = 50;

    private CancellationPolicy() {
    }

    public static Instant freeUntil(Instant scheduledAt) {
        return scheduledAt.minus(FREE_BEFORE);
    }

    /** Whether a visit with this status starting at {@code scheduledAt} may still be cancelled at {@code now}. */
    public static boolean cancellable(String status, Instant scheduledAt, Instant now) {
        return ("pending".equals(status) || "confirmed".equals(status)) && now.isBefore(scheduledAt);
    }

    /** What cancelling at {@code now} costs the patient whose share is {@code payable}. */
    public static long fee(Instant scheduledAt, long payable, Instant now) {
        return now.isBefore(freeUntil(scheduledAt)) ? 0 : payable * FEE_PERCENTAGE / 100;
    }
}
