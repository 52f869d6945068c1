package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import navaa.platform.control.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ALICE = LoginThrottle.accountKey(1);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofMinutes(15), clock);

    @Test
    void theAttemptPastTheLimitIsRefusedBeforeAnyPasswordCheck() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.attempt(ALICE, "10.0.0." + i).isEmpty(), "attempt " + i);
        }
        assertEquals(Optional.of(900L), throttle.attempt(ALICE, "10.0.0.99"));
        assertEquals(Optional.of(900L), throttle.refusal(ALICE, "10.0.0.99"));
        assertTrue(throttle.attempt(LoginThrottle.accountKey(2), "10.0.0.1").isEmpty(), "another account has its own budget");
    }

    @Test
    void aParallelBurstGetsExactlyTheLimitThrough() throws Exception {
        LoginThrottle five = new LoginThrottle(5, 1000, Duration.ofMinutes(15), clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> admitted = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String address = "10.0.1." + i;
            admitted.add(pool.submit(() -> {
                start.await();
                return five.attempt(ALICE, address).isEmpty();
            }));
        }
        start.countDown();
        int through = 0;
        for (Future<Boolean> f : admitted) {
            through += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, through);
    }

    @Test
    void spellingsTheDatabaseFoldsTogetherShareTheNameCounter() {
        for (String spelling : List.of("álïcé", "ＡＬＩＣＥ", "ALICE ")) {
            assertTrue(throttle.attempt(LoginThrottle.nameKey(spelling), "10.0.0.1").isEmpty(), spelling);
        }
        assertTrue(throttle.attempt(LoginThrottle.nameKey("alice"), "10.0.0.1").isPresent());
        assertTrue(throttle.attempt(LoginThrottle.nameKey("bob"), "10.0.0.1").isEmpty());
    }

    @Test
    void refusalCountsNothing() {
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.refusal(ALICE, "10.0.0.1").isEmpty());
        }
    }

    @Test
    void refusesAddressAfterItsLimitWhateverTheAccountAndChargesNoAccountThen() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.attempt(LoginThrottle.accountKey(100 + i), "10.0.0.1").isEmpty());
        }
        assertTrue(throttle.attempt(ALICE, "10.0.0.1").isPresent());
        assertTrue(throttle.attempt(ALICE, "10.0.0.2").isEmpty());
        assertTrue(throttle.attempt(ALICE, "10.0.0.3").isEmpty());
        assertTrue(throttle.attempt(ALICE, "10.0.0.4").isEmpty(), "the refused attempt from 10.0.0.1 was not charged to alice");
    }

    @Test
    void successForgivesTheAccountAndGivesTheAddressOnlyItsOwnAttemptBack() {
        for (int i = 0; i < 3; i++) {
            throttle.attempt(ALICE, "10.0.0.1");
        }
        for (int i = 0; i < 6; i++) {
            throttle.attempt(LoginThrottle.accountKey(100 + i), "10.0.0.1");
        }
        throttle.attempt(LoginThrottle.accountKey(7), "10.0.0.1");
        throttle.succeeded(LoginThrottle.accountKey(7), "10.0.0.1");

        assertTrue(throttle.refusal(ALICE, "10.0.0.2").isPresent(), "alice's own failures still count");
        throttle.succeeded(ALICE, "10.0.0.2");
        assertTrue(throttle.refusal(ALICE, "10.0.0.2").isEmpty());
        assertTrue(throttle.attempt(LoginThrottle.accountKey(8), "10.0.0.1").isEmpty(), "the tenth attempt of the address");
        assertTrue(throttle.attempt(LoginThrottle.accountKey(9), "10.0.0.1").isPresent(), "nine failures and one success: full");
    }

    @Test
    void reportsTheLongerWaitWhenBothLimitsAreReached() {
        for (int i = 0; i < 3; i++) {
            throttle.attempt(ALICE, "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            throttle.attempt(LoginThrottle.accountKey(100 + i), "10.0.0.2");
        }
        assertEquals(Optional.of(900L), throttle.refusal(ALICE, "10.0.0.2"));
        assertEquals(Optional.of(600L), throttle.refusal(ALICE, "10.0.0.3"));
    }

    @Test
    void allowsAgainAfterTheWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.attempt(ALICE, "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.attempt(ALICE, "10.0.0.1").isEmpty());
    }
}
