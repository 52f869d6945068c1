package navaa.audio.control;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code limit} things in flight per key (e.g. one user's uploads): a permit is
 * taken when one starts and handed back when it ends, however it ends. Unlike a window
 * limiter it counts what is running, not what was asked for, so a slow upload holds its
 * place for as long as its body takes to arrive. Thread-safe; a key is dropped when its
 * count falls to zero, so the map only ever holds keys with something in flight.
 */
public final class ConcurrencyLimiter {

    private final int limit;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public ConcurrencyLimiter(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /** A permit for one more of the key's things, or empty when {@code limit} are already in flight. */
    public Optional<Permit> tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        boolean[] granted = {false};
        inFlight.compute(key, (k, count) -> {
            int running = count == null ? 0 : count;
            if (running >= limit) {
                return count;
            }
            granted[0] = true;
            return running + 1;
        });
        return granted[0] ? Optional.of(new Permit(key)) : Optional.empty();
    }

    /** How many of the key's things are in flight now. */
    public int inFlight(String key) {
        return inFlight.getOrDefault(key, 0);
    }

    public int limit() {
        return limit;
    }

    /** Number of keys with something in flight; lets tests see that finished keys are dropped. */
    int trackedKeys() {
        return inFlight.size();
    }

    /** One thing in flight; closing it (once, or more often to no effect) frees its place. */
    public final class Permit implements AutoCloseable {

        private final String key;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Permit(String key) {
            this.key = key;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                inFlight.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
