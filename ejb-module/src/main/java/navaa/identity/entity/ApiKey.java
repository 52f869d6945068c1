package navaa.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import navaa.platform.control.Owned;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/**
 * A long-lived key for {@code Authorization: Token}, used by CRM and hospital systems.
 * Only its hash and a short prefix (to tell keys apart in the console) are kept; the key
 * itself is shown once, when issued.
 */
@Entity
@Table(name = "api_keys")
@NamedQuery(name = ApiKey.BY_HASH, query = "select k from ApiKey k where k.keyHash = :hash and k.revokedAt is null")
@NamedQuery(name = ApiKey.ALL, query = "select k from ApiKey k order by k.id")
@NamedQuery(name = ApiKey.OF_ACCOUNT, query = "select k from ApiKey k where k.account.id = :account order by k.id")
@NamedQuery(name = ApiKey.LOGIN_KEYS, query = "select k from ApiKey k where k.account.id = :account and k.loginSalt is not null"
        + " and k.revokedAt is null order by k.id")
@NamedQuery(name = ApiKey.REVOKE_FROM_LOGIN, query = "update ApiKey k set k.revokedAt = :now where k.account.id = :account"
        + " and k.fromLogin = true and k.revokedAt is null")
public class ApiKey extends NumberedEntity implements Owned {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String ALL = "ApiKey.all";
    public static final String OF_ACCOUNT = "ApiKey.ofAccount";
    public static final String LOGIN_KEYS = "ApiKey.loginKeys";
    public static final String REVOKE_FROM_LOGIN = "ApiKey.revokeFromLogin";

    private String keyHash;

    private String prefix;
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String createdBy;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    /** Given by a password login (the token endpoint), not issued by an admin. */
    private boolean fromLogin;

    /** For the token endpoint's key: what it is derived from again (see {@code LoginKeys}). */
    private String loginSalt;

    protected ApiKey() {
    }

    public ApiKey(String keyHash, String prefix, String name, Account account, String createdBy, Instant now) {
        this.keyHash = keyHash;
        this.prefix = prefix;
        this.name = name;
        this.account = account;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The token endpoint's key of a user, derived from {@code salt}; given back by later logins. */
    public static ApiKey fromLogin(String keyHash, String prefix, String salt, Account account, Instant now) {
        ApiKey key = new ApiKey(keyHash, prefix, "login", account, account.getUsername(), now);
        key.fromLogin = true;
        key.loginSalt = salt;
        return key;
    }

    /** At most one write a minute per key, for the same reason as {@link WebSession#seen}. */
    public void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    @Override
    public long ownerId() {
        return account.getId();
    }

    public String getPrefix() { return prefix; }
    public String getName() { return name; }
    public Account getAccount() { return account; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getKeyHash() { return keyHash; }
    public String getLoginSalt() { return loginSalt; }
}
