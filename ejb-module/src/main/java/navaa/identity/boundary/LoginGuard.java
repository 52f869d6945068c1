package navaa.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import navaa.identity.control.LoginThrottle;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Failed-login limits per username and per client address, shared by every login
 * endpoint. In memory: one server is one brute-force target, and an attacker cannot
 * restart it to clear the counters.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginGuard {

    @Inject
    @ConfigProperty(name = "navaa.login.max-failures-per-username")
    int perUsername;

    @Inject
    @ConfigProperty(name = "navaa.login.max-failures-per-address")
    int perAddress;

    @Inject
    @ConfigProperty(name = "navaa.login.window-seconds")
    long windowSeconds;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(perUsername, perAddress, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
    }

    /**
     * Counts an attempt at {@code subject} ({@link LoginThrottle#accountKey} or
     * {@link LoginThrottle#nameKey}) from {@code address} before its password is checked;
     * 429 when a limit was already reached.
     */
    public void attempt(String subject, String address) {
        throttle.attempt(subject, address).ifPresent(LoginGuard::refuse);
    }

    /** 429 when a limit has been reached; counts nothing. */
    public void admit(String subject, String address) {
        throttle.refusal(subject, address).ifPresent(LoginGuard::refuse);
    }

    /** The attempt was right: the account's failures are forgiven and the address's attempt given back. */
    public void succeeded(String subject, String address) {
        throttle.succeeded(subject, address);
    }

    private static void refuse(long retryAfterSeconds) {
        throw NavaaException.tooMany(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, retryAfterSeconds);
    }
}
