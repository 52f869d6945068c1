package navaa.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window rate limiter per key (user, address, API token...). The window starts with a key's
 * first request rather than on clock boundaries, so a burst cannot straddle a boundary to get
 * twice the limit within moments. Thread-safe; state lives in memory only, per server instance.
 */
public final class WindowLimiter {

    /** Minimum number of acquisitions between sweeps of ended windows. */
    private static final int SWEEP_EVERY = 1024;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger acquisitionsSinceSweep = new AtomicInteger();

    /** Count includes refused requests (capped) so one atomic update tells whether this call fit. */
    private record Window(Instant end, int count) {
    }

    public WindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one request for the key and says whether it is within the limit. */
    public Decision acquire(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        sweepOccasionally(now);
        Window current = windows.compute(key, (k, existing) -> {
            Window live = isLive(existing, now) ? existing : new Window(now.plus(window), 0);
            return new Window(live.end(), Math.min(live.count() + 1, limit + 1));
        });
        return decide(current.count() <= limit, current, now);
    }

    /** Says whether a request for the key would be allowed now, without counting one. */
    public Decision peek(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        Window existing = windows.get(key);
        Window current = isLive(existing, now) ? existing : new Window(now.plus(window), 0);
        return decide(current.count() < limit, current, now);
    }

    /**
     * Gives back one request counted by {@link #acquire} (e.g. a login attempt that turned
     * out right); a window that has ended or holds nothing is left alone.
     */
    public void release(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        windows.computeIfPresent(key, (k, existing) ->
                isLive(existing, now) && existing.count() > 0 ? new Window(existing.end(), existing.count() - 1) : existing);
    }

    public void reset(String key) {
        windows.remove(Objects.requireNonNull(key, "key"));
    }

    private Decision decide(boolean allowed, Window current, Instant now) {
        int remaining = Math.max(0, limit - current.count());
        long retryAfter = allowed ? 0 : Math.max(1, ceilSeconds(Duration.between(now, current.end())));
        return new Decision(allowed, limit, remaining, current.end(), retryAfter);
    }

    /** Rounded up: a client that waits exactly this long must find the window over. */
    private static long ceilSeconds(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }

    private static boolean isLive(Window window, Instant now) {
        return window != null && now.isBefore(window.end());
    }

    /*
     * Every distinct key (e.g. each address a scanner tries from) leaves an entry behind, and
     * nothing else ever removes it, so without sweeping the map grows for as long as the server
     * runs. Sweeping only after max(SWEEP_EVERY, size) acquisitions keeps the cost amortised to
     * O(1) per call even when the map is large, and no background thread is needed. The
     * conditional remove inside removeIf spares entries a concurrent acquire has just renewed.
     */
    private void sweepOccasionally(Instant now) {
        int calls = acquisitionsSinceSweep.incrementAndGet();
        if (calls >= Math.max(SWEEP_EVERY, windows.size()) && acquisitionsSinceSweep.compareAndSet(calls, 0)) {
            windows.entrySet().removeIf(entry -> !isLive(entry.getValue(), now));
        }
    }

    /** Number of keys currently tracked; lets tests observe eviction. */
    int trackedKeys() {
        return windows.size();
    }
}
