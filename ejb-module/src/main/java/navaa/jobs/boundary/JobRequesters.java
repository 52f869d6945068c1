package navaa.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import navaa.identity.boundary.Callers;
import navaa.identity.entity.Caller;
import navaa.platform.control.NavaaException;

import java.util.Optional;

/**
 * Who asks for a job over JMS: the account of the API key the request carries, exactly as
 * {@code Authorization: Token} resolves it over REST (revoked keys, inactive and expired
 * accounts refused). In a transaction of its own, because a refused account rolls back
 * the transaction it is refused in, and the listener's must go on to send the refusal.
 */
@Stateless
public class JobRequesters {

    @Inject
    Callers callers;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Caller> byApiKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        try {
            return callers.byApiKey(key);
        } catch (NavaaException refused) {
            return Optional.empty();
        }
    }
}
