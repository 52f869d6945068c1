package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancellationPolicyTest {

    private static final Instant VISIT = Instant.parse("2024-01-25T15:00:00Z");

    @Test
    void freeUntilADayBeforeThenHalfThePatientsShare() {
        assertEquals(Instant.parse("2024-01-24T15:00:00Z"), CancellationPolicy.freeUntil(VISIT));
        assertEquals(0, CancellationPolicy.fee(VISIT, 320000, Instant.parse("2024-01-24T14:59:59Z")));
        assertEquals(160000, CancellationPolicy.fee(VISIT, 320000, Instant.parse("2024-01-24T15:00:00Z")));
    }

    @Test
    void onlyAVisitNotYetStartedAndNotClosedIsCancellable() {
        Instant before = Instant.parse("2024-01-25T14:00:00Z");
        assertTrue(CancellationPolicy.cancellable("pending", VISIT, before));
        assertTrue(CancellationPolicy.cancellable("confirmed", VISIT, before));
        assertFalse(CancellationPolicy.cancellable("completed", VISIT, before));
        assertFalse(CancellationPolicy.cancellable("cancelled", VISIT, before));
        assertFalse(CancellationPolicy.cancellable("pending", VISIT, VISIT));
    }
}
