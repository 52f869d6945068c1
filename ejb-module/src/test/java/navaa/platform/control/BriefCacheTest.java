package navaa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BriefCacheTest {

    /** What a credential resolves to in these tests: an account and a version of it. */
    private record Seen(long accountId, int version) {
    }

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final BriefCache<Seen> cache = new BriefCache<>(Duration.ofSeconds(1), 100, Seen::accountId, nanos::get);
    private final AtomicInteger loads = new AtomicInteger();

    private Supplier<Optional<Seen>> database(Seen answer) {
        return () -> {
            loads.incrementAndGet();
            return Optional.of(answer);
        };
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void aCredentialIsLookedUpOnceWhileItsEntryLives() {
        for (int i = 0; i < 50; i++) {
            assertEquals(Optional.of(new Seen(7, 1)), cache.get("key:a", database(new Seen(7, 1))));
            advance(Duration.ofMillis(19));
        }
        assertEquals(1, loads.get(), "50 requests in 0.95 s");
        advance(Duration.ofMillis(60));
        assertEquals(Optional.of(new Seen(7, 2)), cache.get("key:a", database(new Seen(7, 2))), "after a second the database is asked again");
        assertEquals(2, loads.get());
    }

    @Test
    void anInvalidCredentialIsNotKept() {
        Supplier<Optional<Seen>> unknown = () -> {
            loads.incrementAndGet();
            return Optional.empty();
        };
        assertTrue(cache.get("key:nope", unknown).isEmpty());
        assertTrue(cache.get("key:nope", unknown).isEmpty());
        assertEquals(2, loads.get());
        assertEquals(0, cache.size());
    }

    @Test
    void evictingACredentialEndsItAtOnce() {
        cache.get("key:a", database(new Seen(7, 1)));
        cache.get("key:b", database(new Seen(7, 1)));
        cache.evict("key:a");
        assertTrue(cache.get("key:a", Optional::empty).isEmpty(), "the revoked key is asked for again, and is gone");
        assertEquals(Optional.of(new Seen(7, 1)), cache.get("key:b", Optional::empty), "the other key stays");
    }

    @Test
    void evictingAGroupEndsEveryKeyOfIt() {
        cache.get("session:a", database(new Seen(7, 1)));
        cache.get("key:b", database(new Seen(7, 1)));
        cache.get("key:c", database(new Seen(8, 1)));
        cache.evictGroup(7);
        assertTrue(cache.get("session:a", Optional::empty).isEmpty());
        assertTrue(cache.get("key:b", Optional::empty).isEmpty());
        assertEquals(Optional.of(new Seen(8, 1)), cache.get("key:c", Optional::empty));
    }

    @Test
    void aLoadUnderWayWhenAnEvictionHappensIsNotKept() {
        Supplier<Optional<Seen>> slowRead = () -> {
            // the database answered with the old state; meanwhile the key was revoked
            cache.evict("key:a");
            return Optional.of(new Seen(7, 1));
        };
        assertEquals(Optional.of(new Seen(7, 1)), cache.get("key:a", slowRead), "the request in flight gets what it read");
        assertTrue(cache.get("key:a", Optional::empty).isEmpty(), "but nothing was kept past the eviction");
    }

    @Test
    void concurrentMissesShareOneLoad() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Optional<Seen>> slow = () -> {
            loads.incrementAndGet();
            loading.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Seen(7, 1));
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Optional<Seen>>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> cache.get("key:a", slow)));
        assertTrue(loading.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 7; i++) {
            answers.add(pool.submit(() -> cache.get("key:a", slow)));
        }
        Thread.sleep(100);
        release.countDown();
        for (Future<Optional<Seen>> answer : answers) {
            assertEquals(Optional.of(new Seen(7, 1)), answer.get(5, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, loads.get());
    }

    @Test
    void aFailedLoadFailsItsWaitersTooAndKeepsNothing() {
        IllegalStateException down = new IllegalStateException("database down");
        assertThrows(IllegalStateException.class, () -> cache.get("key:a", () -> {
            throw down;
        }));
        assertEquals(Optional.of(new Seen(7, 1)), cache.get("key:a", database(new Seen(7, 1))));
    }

    @Test
    void pastItsCapacityTheCacheKeepsNoMoreButStillAnswers() {
        BriefCache<Seen> small = new BriefCache<>(Duration.ofSeconds(1), 2, Seen::accountId, nanos::get);
        small.get("key:a", database(new Seen(1, 1)));
        small.get("key:b", database(new Seen(2, 1)));
        assertEquals(Optional.of(new Seen(3, 1)), small.get("key:c", database(new Seen(3, 1))));
        assertEquals(2, small.size());
        advance(Duration.ofSeconds(2));
        small.get("key:c", database(new Seen(3, 1)));
        assertEquals(1, small.size(), "ended entries are swept to make room");
    }

    @Test
    void aZeroLifetimeKeepsNothing() {
        BriefCache<Seen> off = new BriefCache<>(Duration.ZERO, 100, Seen::accountId, nanos::get);
        off.get("key:a", database(new Seen(7, 1)));
        off.get("key:a", database(new Seen(7, 1)));
        assertEquals(2, loads.get());
    }
}
