package navaa.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import navaa.platform.control.Decision;
import navaa.platform.control.WindowLimiter;

/**
 * Limits failed logins per username (against guessing one account's password from many
 * addresses) and per client address (against trying one common password on many accounts).
 * Only failures count, so legitimate users who type correctly are never slowed down.
 */
public final class LoginThrottle {

    private final WindowLimiter failuresByUsername;
    private final WindowLimiter failuresByAddress;

    public LoginThrottle(int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.failuresByUsername = new WindowLimiter(maxFailuresPerUsername, window, clock);
        this.failuresByAddress = new WindowLimiter(maxFailuresPerAddress, window, clock);
    }

    /**
     * Seconds the caller must wait before another attempt, if either limit has been reached.
     * Checked before the password so a throttled attempt costs no scrypt work; counts nothing.
     */
    public Optional<Long> refusal(String username, String address) {
        Decision byUsername = failuresByUsername.peek(normalise(username));
        Decision byAddress = failuresByAddress.peek(Objects.requireNonNull(address, "address"));
        long wait = Math.max(byUsername.retryAfterSeconds(), byAddress.retryAfterSeconds());
        return byUsername.allowed() && byAddress.allowed() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        failuresByUsername.acquire(normalise(username));
        failuresByAddress.acquire(Objects.requireNonNull(address, "address"));
    }

    /*
     * Only the username's failures are forgiven. Clearing the address too would let an attacker
     * who owns one valid account log into it between guesses and so reset the counter that is
     * meant to stop them spraying passwords at everyone else's accounts from that address.
     */
    public void succeeded(String username) {
        failuresByUsername.reset(normalise(username));
    }

    /*
     * Spellings that reach the same account ("Alice", "alice ", under a case-insensitive,
     * pad-space collation such as MariaDB's default) must share one counter, or an attacker gets
     * a fresh budget per spelling. Locale.ROOT keeps "I" from becoming a dotless "ı" in Turkish.
     */
    private static String normalise(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }
}
