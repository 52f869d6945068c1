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

    public void admit(String username, String address) {
        throttle.refusal(username, address).ifPresent(retryAfter -> {
            throw NavaaException.tooMany(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, retryAfter);
        });
    }

    public void failed(String username, String address) {
        throttle.failed(username, address);
    }

    public void succeeded(String username) {
        throttle.succeeded(username);
    }
}
