package navaa.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import navaa.platform.control.AfterTransaction;
import navaa.platform.control.BriefCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Jobs' status answers as the status polls render them, kept briefly ({@link BriefCache}):
 * many polls of one job within a second (a client in a tight loop, a page open in several
 * tabs, a CRM that polls fast) cost one database read and one rendering. Every change to a
 * job on this server evicts its entries at once and again after its transaction
 * ({@link JobChanges}), so a poll here never sees an older state than the database; a job
 * changed by another server of a cluster shows its change here within
 * {@code NAVAA_STATUS_CACHE_SECONDS} (1 s).
 */
@ApplicationScoped
public class JobStatuses {

    /** A job's answer in one path's words: its owner, its kind, the JSON and its bytes as sent. */
    public record Status(long jobId, long ownerId, String kind, JsonObject json, byte[] body) {
    }

    private static final int CAPACITY = 20_000;

    @Inject
    @ConfigProperty(name = "navaa.status-cache.seconds")
    long seconds;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private BriefCache<Status> cache;

    @PostConstruct
    void init() {
        cache = new BriefCache<>(Duration.ofSeconds(seconds), CAPACITY, Status::jobId, System::nanoTime);
    }

    /** The job's answer in {@code words}: the kept one, or what {@code render} makes (empty: not found). */
    public Optional<Status> get(long jobId, String words, Supplier<Optional<Status>> render) {
        return cache.get(jobId + ":" + words, render);
    }

    /** The job changed: its answers in every path's words are old. */
    public void forget(long jobId) {
        AfterTransaction.nowAndAfter(transactions, () -> cache.evictGroup(jobId));
    }
}
