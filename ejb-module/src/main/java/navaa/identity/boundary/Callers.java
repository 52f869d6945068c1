package navaa.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import navaa.identity.control.SecretTokens;
import navaa.identity.control.VerifiedCaller;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Caller.Via;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns whichever credential a request carries into a {@link Caller}. Empty means the
 * credential is not valid (401); an inactive or expired account is refused here with
 * doc 004's 403 reasons, on every request and not just at login.
 * <p>
 * A plain bean rather than an EJB, and backed by {@link CallerCache}: a client polling a
 * job's status presents the same credential many times a second, and a database read plus
 * a transaction per request cost more than the rest of the request together.
 */
@ApplicationScoped
public class Callers {

    @Inject
    Sessions sessions;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Accounts accounts;

    @Inject
    CallerCache cache;

    public Optional<Caller> bySession(String sessionKey) {
        if (sessionKey == null || sessionKey.isBlank()) {
            return Optional.empty();
        }
        return cache.session(SecretTokens.sha256Hex(sessionKey),
                        () -> sessions.find(sessionKey).map(s -> VerifiedCaller.of(s.getAccount(), Via.SESSION, s.getCsrfToken())))
                .map(Callers::allowed);
    }

    public Optional<Caller> byApiKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return cache.apiKey(SecretTokens.sha256Hex(key.trim()),
                        () -> apiKeys.find(key).map(k -> VerifiedCaller.of(k.getAccount(), Via.API_KEY, null)))
                .map(Callers::allowed);
    }

    /**
     * For an access token whose signature, expiry and kind are verified: its subject is the
     * account's UUID, and it carries the account's credentials version as it was when the
     * token was issued. A token from before the last password change is not valid.
     */
    public Optional<Caller> byVerifiedJwt(String subject, long credentialsVersion) {
        if (subject == null) {
            return Optional.empty();
        }
        return cache.jwtSubject(subject, () -> accounts.byUuid(subject).map(a -> VerifiedCaller.of(a, Via.JWT, null)))
                .filter(verified -> verified.credentialsVersion() == credentialsVersion)
                .map(Callers::allowed);
    }

    private static Caller allowed(VerifiedCaller verified) {
        return verified.allowedOn(LocalDate.now());
    }
}
