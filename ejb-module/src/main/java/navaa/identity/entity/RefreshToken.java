package navaa.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/**
 * The server's record of an issued refresh token, by its {@code jti}: logout blacklists
 * it here, and a refresh checks it is still unrevoked.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(name = RefreshToken.BY_JTI, query = "select t from RefreshToken t where t.jti = :jti")
@NamedQuery(name = RefreshToken.EXPIRED, query = "delete from RefreshToken t where t.expiresAt < :now")
@NamedQuery(name = RefreshToken.REVOKE_ALL_OF, query = "update RefreshToken t set t.revokedAt = :now"
        + " where t.account.id = :account and t.revokedAt is null")
public class RefreshToken extends NumberedEntity {

    public static final String BY_JTI = "RefreshToken.byJti";
    public static final String EXPIRED = "RefreshToken.expired";
    public static final String REVOKE_ALL_OF = "RefreshToken.revokeAllOf";

    private String jti;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private Instant issuedAt;

    private Instant expiresAt;

    private Instant revokedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String jti, Account account, Instant issuedAt, Instant expiresAt) {
        this.jti = jti;
        this.account = account;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Account getAccount() { return account; }
}
