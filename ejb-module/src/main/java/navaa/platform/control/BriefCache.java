package navaa.platform.control;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What was read from the database a moment ago, kept for a short time: what a credential
 * was found to mean, a job's status. Clients that poll present the same credential and ask
 * for the same job many times a second; each need not cost a database read.
 * <p>
 * Staleness is bounded twice: every entry lives at most {@code ttl}, and the server's own
 * changes ({@link #evict}, {@link #evictGroup}) remove entries at once. A load that was under
 * way when an eviction happened is not kept (a generation count tells), so it cannot put
 * back what the eviction removed. Concurrent misses of one key share one load. The cache is
 * per JVM: another instance of a cluster learns of a change when its entry ends, within
 * {@code ttl}.
 *
 * @param <V> what a key resolves to
 */
public final class BriefCache<V> {

    private record Held<V>(V value, long group, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Held<V>> held = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Optional<V>>> loading = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final int capacity;
    private final ToLongFunction<V> groupOf;
    private final LongSupplier nanoTime;

    /**
     * @param ttl      how long a value is believed without asking again; zero keeps nothing
     * @param capacity most entries kept (past it, new ones are not kept until old ones end)
     * @param groupOf  the group a value belongs to (its account, its job), for {@link #evictGroup}
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public BriefCache(Duration ttl, int capacity, ToLongFunction<V> groupOf, LongSupplier nanoTime) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.groupOf = Objects.requireNonNull(groupOf, "groupOf");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The value of {@code key}: the kept one while it lives, else what {@code loader} finds
     * (empty: nothing there, e.g. the credential is not valid; nothing is kept).
     */
    public Optional<V> get(String key, Supplier<Optional<V>> loader) {
        Held<V> kept = held.get(key);
        if (kept != null && nanoTime.getAsLong() - kept.expiresAtNanos() < 0) {
            return Optional.of(kept.value());
        }
        CompletableFuture<Optional<V>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<V>> theirs = loading.putIfAbsent(key, mine);
        if (theirs != null) {
            return awaitOther(theirs);
        }
        try {
            long before = generation.get();
            long loadedAt = nanoTime.getAsLong();
            Optional<V> found = loader.get();
            if (found.isPresent()) {
                keep(key, found.get(), before, loadedAt);
            } else {
                held.remove(key);
            }
            mine.complete(found);
            return found;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    /** Forgets one key (a logout, a revoked key). */
    public void evict(String key) {
        generation.incrementAndGet();
        held.remove(key);
    }

    /** Forgets every key of a group (an account deactivated, deleted, with a new role or password; a job changed). */
    public void evictGroup(long group) {
        generation.incrementAndGet();
        held.values().removeIf(h -> h.group() == group);
    }

    /** Entries kept now, ended ones included until they are swept; for tests. */
    int size() {
        return held.size();
    }

    /*
     * Kept only if no eviction happened since the load began: the load may have read the
     * database before the change that the eviction announces was committed.
     */
    private void keep(String key, V value, long generationBefore, long loadedAt) {
        if (ttlNanos == 0) {
            return;
        }
        if (held.size() >= capacity) {
            long now = nanoTime.getAsLong();
            held.values().removeIf(h -> now - h.expiresAtNanos() >= 0);
            if (held.size() >= capacity) {
                return;
            }
        }
        Held<V> entry = new Held<>(value, groupOf.applyAsLong(value), loadedAt + ttlNanos);
        held.put(key, entry);
        if (generation.get() != generationBefore) {
            held.remove(key, entry);
        }
    }

    private static <V> Optional<V> awaitOther(CompletableFuture<Optional<V>> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
