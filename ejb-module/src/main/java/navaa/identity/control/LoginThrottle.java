package navaa.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import navaa.platform.control.Decision;
import navaa.platform.control.WindowLimiter;

/**
 * Limits failed logins per account (against guessing one account's password from many
 * addresses) and per client address (against trying one common password on many accounts).
 * <p>
 * An attempt is counted before the password is checked and given back when it was right:
 * checking first and counting after the slow scrypt verification let every request of a
 * parallel burst pass the check before any of them had failed. Only failures stay counted,
 * so legitimate users who type correctly are never slowed down.
 * <p>
 * The per-account counter is keyed by {@link #accountKey} when the name found an account,
 * so every spelling the database folds onto it shares one budget, and by {@link #nameKey}
 * (the name folded as the database folds it) when it found none.
 */
public final class LoginThrottle {

    private final WindowLimiter failuresBySubject;
    private final WindowLimiter failuresByAddress;

    public LoginThrottle(int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.failuresBySubject = new WindowLimiter(maxFailuresPerUsername, window, clock);
        this.failuresByAddress = new WindowLimiter(maxFailuresPerAddress, window, clock);
    }

    /** The counter of an existing account, whatever spelling of its name was typed. */
    public static String accountKey(long accountId) {
        return "account:" + accountId;
    }

    /** The counter of a name that matches no account. */
    public static String nameKey(String username) {
        return "name:" + UsernameFold.fold(username);
    }

    /**
     * Counts one attempt for the subject and the address, atomically for each, and answers
     * the seconds to wait when either limit was already reached (then nothing stays counted
     * and the password must not be checked).
     */
    public Optional<Long> attempt(String subject, String address) {
        Decision bySubject = failuresBySubject.acquire(Objects.requireNonNull(subject, "subject"));
        if (!bySubject.allowed()) {
            return Optional.of(bySubject.retryAfterSeconds());
        }
        Decision byAddress = failuresByAddress.acquire(Objects.requireNonNull(address, "address"));
        if (!byAddress.allowed()) {
            failuresBySubject.release(subject);
            return Optional.of(byAddress.retryAfterSeconds());
        }
        return Optional.empty();
    }

    /**
     * Seconds to wait, if either limit has been reached; counts nothing. For a path that
     * does no password check of its own (registering a new name).
     */
    public Optional<Long> refusal(String subject, String address) {
        Decision bySubject = failuresBySubject.peek(Objects.requireNonNull(subject, "subject"));
        Decision byAddress = failuresByAddress.peek(Objects.requireNonNull(address, "address"));
        long wait = Math.max(bySubject.retryAfterSeconds(), byAddress.retryAfterSeconds());
        return bySubject.allowed() && byAddress.allowed() ? Optional.empty() : Optional.of(wait);
    }

    /*
     * The account's failures are forgiven; the address gets back only the attempt that
     * succeeded. Clearing the address too would let an attacker who owns one valid account log
     * into it between guesses and so reset the counter that is meant to stop them spraying
     * passwords at everyone else's accounts from that address.
     */
    public void succeeded(String subject, String address) {
        failuresBySubject.reset(Objects.requireNonNull(subject, "subject"));
        failuresByAddress.release(Objects.requireNonNull(address, "address"));
    }
}
