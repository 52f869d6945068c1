package navaa.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import navaa.identity.control.VerifiedCaller;
import navaa.platform.control.AfterTransaction;
import navaa.platform.control.BriefCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's cache of verified credentials ({@link BriefCache}): sessions and API
 * keys by their hash, access tokens by their subject. Whatever ends or changes a credential
 * or an account tells it here; the entry is dropped at once and again when the change's
 * transaction has ended, so no request that read the database before the commit can keep
 * the old answer. Entries live {@code NAVAA_CREDENTIAL_CACHE_SECONDS} (1 s) at most, which
 * bounds how long another server of a cluster, whose cache is not told, may still accept a
 * revoked credential.
 */
@ApplicationScoped
public class CallerCache {

    private static final int CAPACITY = 20_000;

    @Inject
    @ConfigProperty(name = "navaa.credential-cache.seconds")
    long seconds;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private BriefCache<VerifiedCaller> cache;

    @PostConstruct
    void init() {
        cache = new BriefCache<>(Duration.ofSeconds(seconds), CAPACITY, VerifiedCaller::accountId, System::nanoTime);
    }

    Optional<VerifiedCaller> session(String keyHash, Supplier<Optional<VerifiedCaller>> loader) {
        return cache.get(sessionKey(keyHash), loader);
    }

    Optional<VerifiedCaller> apiKey(String keyHash, Supplier<Optional<VerifiedCaller>> loader) {
        return cache.get(apiKeyKey(keyHash), loader);
    }

    Optional<VerifiedCaller> jwtSubject(String subject, Supplier<Optional<VerifiedCaller>> loader) {
        return cache.get("jwt:" + subject, loader);
    }

    public void forgetSession(String keyHash) {
        forget(() -> cache.evict(sessionKey(keyHash)));
    }

    public void forgetApiKey(String keyHash) {
        forget(() -> cache.evict(apiKeyKey(keyHash)));
    }

    public void forgetAccount(long accountId) {
        forget(() -> cache.evictGroup(accountId));
    }

    private void forget(Runnable eviction) {
        AfterTransaction.nowAndAfter(transactions, eviction);
    }

    private static String sessionKey(String keyHash) {
        return "session:" + keyHash;
    }

    private static String apiKeyKey(String keyHash) {
        return "key:" + keyHash;
    }
}
