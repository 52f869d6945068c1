package navaa.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.LoginKeys;
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
import java.util.logging.Logger;

/** Keys for {@code Authorization: Token}: issued, resolved on each request, revoked. */
@Stateless
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key in clear, shown to its owner once, and the record kept of it. */
    public record Issued(String key, ApiKey record) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerCache cache;

    @Inject
    LoginKeySecret secret;

    public Issued issue(Account owner, String name, String issuedBy) {
        // 40 hex characters, the form of the Django REST framework keys clients already store
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String key = HexFormat.of().formatHex(secret);
        ApiKey record = new ApiKey(SecretTokens.sha256Hex(key), key.substring(0, 8), name, em.find(Account.class, owner.getId()), issuedBy, Instant.now());
        em.persist(record);
        return new Issued(key, record);
    }

    /**
     * The user's one key from the token endpoint, made on their first token login and given
     * back on every later one (Django REST framework's get-or-create), until it is revoked.
     * The account row is locked first, so concurrent logins make one key, not two.
     */
    public String loginKey(Account account) {
        Account owner = em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        byte[] key = secret.bytes();
        Instant now = Instant.now();
        for (ApiKey existing : em.createNamedQuery(ApiKey.LOGIN_KEYS, ApiKey.class).setParameter("account", owner.getId()).getResultList()) {
            String derived = LoginKeys.derive(key, owner.getUuid(), existing.getLoginSalt());
            if (SecretTokens.sha256Hex(derived).equals(existing.getKeyHash())) {
                return derived;
            }
            // made with a login-key secret this server no longer has: it can never be given
            // back, so a new one takes its place rather than there being two
            LOG.warning(() -> "API key " + existing.getId() + " of " + owner.getUsername()
                    + " was derived with another login-key secret; revoked and replaced");
            existing.revoke(now);
            cache.forgetApiKey(existing.getKeyHash());
        }
        String salt = SecretTokens.random(32);
        String derived = LoginKeys.derive(key, owner.getUuid(), salt);
        em.persist(ApiKey.fromLogin(SecretTokens.sha256Hex(derived), derived.substring(0, 8), salt, owner, now));
        return derived;
    }

    /** Revokes the keys the account's password gave (token logins), not those an admin issued; how many. */
    public int revokeLoginKeys(long accountId) {
        int revoked = em.createNamedQuery(ApiKey.REVOKE_FROM_LOGIN).setParameter("account", accountId)
                .setParameter("now", Instant.now()).executeUpdate();
        cache.forgetAccount(accountId);
        return revoked;
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
        cache.forgetApiKey(key.getKeyHash());
        return key;
    }

    /** One of the caller's own keys; anyone else's is not found. */
    public ApiKey revokeOwn(long id, Caller caller) {
        ApiKey key = Ownership.own(Optional.ofNullable(em.find(ApiKey.class, id)), caller.accountId());
        key.revoke(Instant.now());
        cache.forgetApiKey(key.getKeyHash());
        return key;
    }
}
