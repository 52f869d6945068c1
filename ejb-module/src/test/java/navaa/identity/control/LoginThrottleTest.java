package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import navaa.platform.control.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofMinutes(15), clock);

    @Test
    void refusesUsernameAfterItsFailureLimit() {
        failTimes("alice", "10.0.0.1", 2);
        assertTrue(throttle.refusal("alice", "10.0.0.1").isEmpty());

        throttle.failed("alice", "10.0.0.1");

        assertEquals(Optional.of(900L), throttle.refusal("alice", "10.0.0.99"));
        assertTrue(throttle.refusal("bob", "10.0.0.1").isEmpty());
    }

    @Test
    void usernameIsCaseInsensitive() {
        throttle.failed("Alice", "10.0.0.1");
        throttle.failed("ALICE", "10.0.0.2");
        throttle.failed(" alice", "10.0.0.3");
        assertTrue(throttle.refusal("aLiCe", "10.0.0.4").isPresent());
    }

    @Test
    void refusesAddressAfterItsFailureLimitWhateverTheUsername() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertTrue(throttle.refusal("fresh-user", "10.0.0.1").isPresent());
        assertTrue(throttle.refusal("fresh-user", "10.0.0.2").isEmpty());
    }

    @Test
    void askingDoesNotCount() {
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.refusal("alice", "10.0.0.1").isEmpty());
        }
    }

    @Test
    void successClearsUsernameButNotAddress() {
        failTimes("alice", "10.0.0.1", 3);
        for (int i = 0; i < 7; i++) {
            throttle.failed("victim" + i, "10.0.0.1");
        }
        throttle.succeeded("ALICE");

        assertTrue(throttle.refusal("alice", "10.0.0.2").isEmpty());
        assertTrue(throttle.refusal("alice", "10.0.0.1").isPresent());
    }

    @Test
    void reportsTheLongerWaitWhenBothLimitsAreReached() {
        failTimes("alice", "10.0.0.1", 3);
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.2");
        }
        assertEquals(Optional.of(900L), throttle.refusal("alice", "10.0.0.2"));
        assertEquals(Optional.of(600L), throttle.refusal("alice", "10.0.0.3"));
    }

    @Test
    void allowsAgainAfterTheWindow() {
        failTimes("alice", "10.0.0.1", 10);
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.refusal("alice", "10.0.0.1").isEmpty());
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
