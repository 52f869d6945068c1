package navaa.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import navaa.platform.entity.NumberedEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * A browser session behind the {@code sessionid} cookie. Only the key's hash is stored,
 * so a copy of the database opens no session. Sessions live in the database so they
 * survive restarts, as Django's do.
 */
@Entity
@Table(name = "web_sessions")
@NamedQuery(name = WebSession.BY_KEY, query = "select s from WebSession s where s.keyHash = :hash")
@NamedQuery(name = WebSession.IDLE_SINCE, query = "delete from WebSession s where s.lastSeenAt < :cutoff")
@NamedQuery(name = WebSession.END_ALL_OF, query = "delete from WebSession s where s.account.id = :account")
public class WebSession extends NumberedEntity {

    public static final String BY_KEY = "WebSession.byKey";
    public static final String IDLE_SINCE = "WebSession.idleSince";
    public static final String END_ALL_OF = "WebSession.endAllOf";

    private String keyHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String csrfToken;

    private String clientAddress;

    private String userAgent;

    private Instant createdAt;

    private Instant lastSeenAt;

    protected WebSession() {
    }

    public WebSession(String keyHash, Account account, String csrfToken, String clientAddress, String userAgent, Instant now) {
        this.keyHash = keyHash;
        this.account = account;
        this.csrfToken = csrfToken;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 255 ? userAgent : userAgent.substring(0, 255);
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public boolean idleLongerThan(Duration idle, Instant now) {
        return lastSeenAt.plus(idle).isBefore(now);
    }

    /**
     * Records activity, but at most once a minute: a write per request would make every
     * read a database write.
     */
    public void seen(Instant now) {
        if (lastSeenAt.plusSeconds(60).isBefore(now)) {
            lastSeenAt = now;
        }
    }

    public Account getAccount() { return account; }
    public String getCsrfToken() { return csrfToken; }
}
