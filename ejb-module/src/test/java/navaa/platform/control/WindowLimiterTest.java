package navaa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WindowLimiterTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final WindowLimiter limiter = new WindowLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void remainingCountsDownAndRetryAfterIsZeroWhileAllowed() {
        for (int expectedRemaining = 2; expectedRemaining >= 0; expectedRemaining--) {
            Decision decision = limiter.acquire("k");
            assertTrue(decision.allowed());
            assertEquals(3, decision.limit());
            assertEquals(expectedRemaining, decision.remaining());
            assertEquals(0, decision.retryAfterSeconds());
            assertEquals(START.plusSeconds(60), decision.resetAt());
        }
    }

    @Test
    void releaseGivesBackOneCountedRequestAndNoMore() {
        acquireTimes("k", 3);
        limiter.release("k");
        assertTrue(limiter.acquire("k").allowed(), "the given-back place");
        assertFalse(limiter.acquire("k").allowed());
        limiter.release("unknown");
        assertEquals(3, limiter.peek("unknown").remaining(), "nothing to give back makes no place");
        clock.advance(Duration.ofMinutes(1));
        limiter.release("k");
        assertEquals(2, limiter.acquire("k").remaining(), "an ended window is not touched");
    }

    @Test
    void refusesAtLimitWithSecondsUntilWindowEnds() {
        acquireTimes("k", 3);
        clock.advance(Duration.ofMillis(20_500));

        Decision refused = limiter.acquire("k");

        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.retryAfterSeconds()); // 39.5 s rounded up
        assertEquals(START.plusSeconds(60), refused.resetAt());
    }

    @Test
    void retryAfterIsAtLeastOneSecondWhenRefused() {
        acquireTimes("k", 3);
        clock.advance(Duration.ofMillis(59_999));
        assertEquals(1, limiter.acquire("k").retryAfterSeconds());
    }

    @Test
    void newWindowAllowsAgain() {
        acquireTimes("k", 4);
        clock.advance(Duration.ofMinutes(1));

        Decision decision = limiter.acquire("k");

        assertTrue(decision.allowed());
        assertEquals(2, decision.remaining());
        assertEquals(START.plusSeconds(120), decision.resetAt());
    }

    @Test
    void keysAreIndependent() {
        acquireTimes("a", 3);
        assertFalse(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("b").allowed());
    }

    @Test
    void peekDoesNotCount() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.peek("k").allowed());
        }
        acquireTimes("k", 2);
        assertEquals(1, limiter.peek("k").remaining());
        assertTrue(limiter.acquire("k").allowed());
        Decision peeked = limiter.peek("k");
        assertFalse(peeked.allowed());
        assertEquals(60, peeked.retryAfterSeconds());
    }

    @Test
    void resetForgetsTheKey() {
        acquireTimes("k", 3);
        limiter.reset("k");
        assertEquals(2, limiter.acquire("k").remaining());
    }

    @Test
    void endedWindowsAreEvicted() {
        for (int i = 0; i < 1500; i++) {
            limiter.acquire("scanner-" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 3000 && limiter.trackedKeys() > 1; i++) {
            limiter.acquire("steady");
        }
        assertEquals(1, limiter.trackedKeys());
    }

    @Test
    void exactlyLimitAcquisitionsSucceedUnderContention() throws Exception {
        int limit = 500;
        WindowLimiter shared = new WindowLimiter(limit, Duration.ofHours(1), clock);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int allowed = 0;
                    for (int i = 0; i < 200; i++) {
                        allowed += shared.acquire("hot").allowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(30, TimeUnit.SECONDS);
            }
            assertEquals(limit, total);
        } finally {
            pool.shutdownNow();
        }
    }

    private void acquireTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            limiter.acquire(key);
        }
    }
}
