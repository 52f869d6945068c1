package navaa.audio.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrencyLimiterTest {

    @Test
    void theEleventhOfTenIsRefusedUntilOneEnds() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(10);
        List<ConcurrencyLimiter.Permit> permits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            permits.add(limiter.tryAcquire("user:1").orElseThrow());
        }
        assertTrue(limiter.tryAcquire("user:1").isEmpty());
        assertEquals(10, limiter.inFlight("user:1"));
        permits.get(3).close();
        assertTrue(limiter.tryAcquire("user:1").isPresent());
        assertTrue(limiter.tryAcquire("user:1").isEmpty());
    }

    @Test
    void keysAreCountedApart() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
        assertTrue(limiter.tryAcquire("user:1").isPresent());
        assertTrue(limiter.tryAcquire("user:2").isPresent());
        assertTrue(limiter.tryAcquire("user:1").isEmpty());
    }

    @Test
    void closingTwiceFreesOnePlaceOnly() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(2);
        ConcurrencyLimiter.Permit first = limiter.tryAcquire("k").orElseThrow();
        limiter.tryAcquire("k").orElseThrow();
        first.close();
        first.close();
        assertEquals(1, limiter.inFlight("k"));
        assertTrue(limiter.tryAcquire("k").isPresent());
        assertTrue(limiter.tryAcquire("k").isEmpty());
    }

    @Test
    void aKeyWithNothingInFlightIsForgotten() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(3);
        try (ConcurrencyLimiter.Permit a = limiter.tryAcquire("a").orElseThrow();
             ConcurrencyLimiter.Permit b = limiter.tryAcquire("b").orElseThrow()) {
            assertEquals(2, limiter.trackedKeys());
        }
        assertEquals(0, limiter.trackedKeys());
        assertEquals(0, limiter.inFlight("a"));
    }

    @Test
    void manyThreadsNeverHoldMoreThanTheLimit() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(10);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    Optional<ConcurrencyLimiter.Permit> permit = limiter.tryAcquire("user:7");
                    if (permit.isEmpty()) {
                        continue;
                    }
                    try (ConcurrencyLimiter.Permit held = permit.get()) {
                        most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        holding.decrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(most.get() <= 10, "at most 10 at once, saw " + most.get());
        assertEquals(0, limiter.inFlight("user:7"));
    }

    @Test
    void aLimitBelowOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new ConcurrencyLimiter(0));
    }
}
