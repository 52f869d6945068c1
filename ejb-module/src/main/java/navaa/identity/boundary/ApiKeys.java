package navaa.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.SecretTokens;
import navaa.identity.entity.Account;
import navaa.identity.entity.ApiKey;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import navaa.platform.control.Ownership;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;

/** Keys for {@code Authorization: Token}: issued, resolved on each request, revoked. */
@Stateless
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key in clear, shown to its owner once, and the record kept of it. */
    public record Issued(String key, ApiKey record) {
    }

    @PersistenceContext
    EntityManager em;

    public Issued issue(Account owner, String name, String issuedBy) {
        // 40 hex characters, the form of the Django REST framework keys clients already store
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String key = HexFormat.of().formatHex(secret);
        ApiKey record = new ApiKey(SecretTokens.sha256Hex(key), key.substring(0, 8), name, em.merge(owner), issuedBy, Instant.now());
        em.persist(record);
        return new Issued(key, record);
    }

    public Optional<ApiKey> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiKey> found = em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
                .setParameter("hash", SecretTokens.sha256Hex(key.trim()))
                .getResultStream().findFirst();
        found.ifPresent(k -> k.used(Instant.now()));
        return found;
    }

    public List<ApiKey> all() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    public List<ApiKey> of(Caller caller) {
        return em.createNamedQuery(ApiKey.OF_ACCOUNT, ApiKey.class).setParameter("account", caller.accountId()).getResultList();
    }

    /** Any key, for an admin. */
    public ApiKey revoke(long id) {
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, id)).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        key.revoke(Instant.now());
        return key;
    }

    /** One of the caller's own keys; anyone else's is not found. */
    public ApiKey revokeOwn(long id, Caller caller) {
        ApiKey key = Ownership.own(Optional.ofNullable(em.find(ApiKey.class, id)), caller.accountId());
        key.revoke(Instant.now());
        return key;
    }
}
