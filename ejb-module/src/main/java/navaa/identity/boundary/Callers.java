package navaa.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Caller.Via;

import java.util.Optional;

/**
 * Turns whichever credential a request carries into a {@link Caller}. Empty means the
 * credential is not valid (401); an inactive or expired account is refused here with
 * doc 004's 403 reasons, on every request and not just at login.
 */
@Stateless
public class Callers {

    @Inject
    Sessions sessions;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Accounts accounts;

    public Optional<Caller> bySession(String sessionKey) {
        return sessions.find(sessionKey).map(s -> caller(s.getAccount(), Via.SESSION, s.getCsrfToken()));
    }

    public Optional<Caller> byApiKey(String key) {
        return apiKeys.find(key).map(k -> caller(k.getAccount(), Via.API_KEY, null));
    }

    /** For an access token MicroProfile JWT has already verified: its subject is the account's UUID. */
    public Optional<Caller> byVerifiedJwt(String subject) {
        return accounts.byUuid(subject).map(a -> caller(a, Via.JWT, null));
    }

    private static Caller caller(Account account, Via via, String csrf) {
        Accounts.requireAllowed(account);
        return new Caller(account.getId(), account.getUuid(), account.getUsername(), account.getRoles(), via, csrf);
    }
}
