package navaa.clinic.control;

import navaa.clinic.entity.OtpCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a code may be sent and whether a guess signs in (doc 003, api-map §4): a code lives
 * 120 s, the next one waits 60 s, a code takes five guesses and is dead after them, and a
 * number gets at most five codes an hour. The clock is given, so tests can move time.
 */
public final class OtpRules {

    public enum Outcome { VALID, INVALID, EXPIRED, LOCKED }

    public static final Duration LIFETIME = Duration.ofSeconds(120);
    public static final Duration RESEND_WAIT = Duration.ofSeconds(60);
    public static final int MAX_ATTEMPTS = 5;
    static final int SENDS_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;

    public OtpRules(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until another code may be sent to the number; 0 when it may be now. */
    public long waitBeforeSending(OtpCode current) {
        if (current == null || current.getSentAt() == null) {
            return 0;
        }
        Instant now = clock.instant();
        long resend = secondsUntil(now, current.getSentAt().plus(RESEND_WAIT));
        Instant windowEnd = current.getWindowStartedAt().plus(WINDOW);
        long window = current.getSendsInWindow() >= SENDS_PER_WINDOW ? secondsUntil(now, windowEnd) : 0;
        return Math.max(resend, window);
    }

    /** Records a new code (its hash) sent now, replacing the number's last one. */
    public OtpCode issue(OtpCode current, String phone, String codeHash, String channel) {
        Instant now = clock.instant();
        OtpCode code = current == null ? new OtpCode(phone) : current;
        boolean newWindow = code.getWindowStartedAt() == null || !now.isBefore(code.getWindowStartedAt().plus(WINDOW));
        code.replace(codeHash, channel, now, now.plus(LIFETIME), newWindow);
        return code;
    }

    /** Counts one guess at the code ({@code matches}: whether it was right) and says what it gives. */
    public Outcome verify(OtpCode code, boolean matches) {
        if (code == null || code.getCodeHash() == null || code.isUsed()) {
            return Outcome.INVALID;
        }
        if (code.getAttempts() >= MAX_ATTEMPTS) {
            return Outcome.LOCKED;
        }
        if (!clock.instant().isBefore(code.getExpiresAt())) {
            return Outcome.EXPIRED;
        }
        code.attempted();
        if (!matches) {
            return Outcome.INVALID;
        }
        code.use();
        return Outcome.VALID;
    }

    /** What a locked code's 429 tells the client to wait: until a new code may be asked for. */
    public long retryAfterLocked(OtpCode code) {
        return Math.max(1, waitBeforeSending(code));
    }

    private static long secondsUntil(Instant now, Instant then) {
        if (!now.isBefore(then)) {
            return 0;
        }
        long millis = Duration.between(now, then).toMillis();
        return (millis + 999) / 1000;
    }
}
