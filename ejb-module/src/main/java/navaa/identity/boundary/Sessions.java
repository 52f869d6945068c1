package navaa.identity.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.SecretTokens;
import navaa.identity.entity.Account;
import navaa.identity.entity.WebSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions: opened by a login, found by the {@code sessionid} cookie, closed by logout. */
@Stateless
public class Sessions {

    /** What the client gets to keep: the cookie values. */
    public record Ticket(String sessionKey, String csrfToken) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "navaa.session.idle-days")
    int idleDays;

    @Inject
    CallerCache cache;

    public Ticket open(Account account, String clientAddress, String userAgent) {
        String key = SecretTokens.random(32);
        String csrf = SecretTokens.random(32);
        // a reference, not a merge: the caller's copy of the account may be older than its row
        em.persist(new WebSession(SecretTokens.sha256Hex(key), em.getReference(Account.class, account.getId()), csrf,
                clientAddress, userAgent, Instant.now()));
        return new Ticket(key, csrf);
    }

    /** The live session behind a cookie value; an idle-expired one is removed on sight. */
    public Optional<WebSession> find(String sessionKey) {
        if (sessionKey == null || sessionKey.isBlank()) {
            return Optional.empty();
        }
        Optional<WebSession> found = em.createNamedQuery(WebSession.BY_KEY, WebSession.class)
                .setParameter("hash", SecretTokens.sha256Hex(sessionKey))
                .getResultStream().findFirst();
        Instant now = Instant.now();
        if (found.isPresent() && found.get().idleLongerThan(idle(), now)) {
            em.remove(found.get());
            return Optional.empty();
        }
        found.ifPresent(session -> session.seen(now));
        return found;
    }

    public void close(String sessionKey) {
        find(sessionKey).ifPresent(em::remove);
        if (sessionKey != null && !sessionKey.isBlank()) {
            cache.forgetSession(SecretTokens.sha256Hex(sessionKey));
        }
    }

    /** Ends every session of an account (its password changed); the number ended. */
    public int endAll(long accountId) {
        int ended = em.createNamedQuery(WebSession.END_ALL_OF).setParameter("account", accountId).executeUpdate();
        cache.forgetAccount(accountId);
        return ended;
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeIdle() {
        em.createNamedQuery(WebSession.IDLE_SINCE).setParameter("cutoff", Instant.now().minus(idle())).executeUpdate();
    }

    private Duration idle() {
        return Duration.ofDays(idleDays);
    }
}
