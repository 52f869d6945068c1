package navaa.clinic.control;

import navaa.platform.control.Decision;
import navaa.platform.control.WindowLimiter;

import java.time.Clock;
import java.time.Duration;

/**
 * A patient's wrong access codes: five in fifteen minutes, then approvals wait. An attempt is
 * counted before the code is looked up and given back when it was right (as logins are), so a
 * burst of guesses cannot all pass the check before any of them failed; only failures stay.
 */
public final class ApprovalAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final WindowLimiter failures;

    public ApprovalAttempts(Clock clock) {
        this.failures = new WindowLimiter(MAX_FAILURES, WINDOW, clock);
    }

    /** Counts an attempt of the patient; refused when five have failed in the window. */
    public Decision attempt(long patientAccountId) {
        return failures.acquire(key(patientAccountId));
    }

    /** The attempt was right: it does not count. */
    public void succeeded(long patientAccountId) {
        failures.release(key(patientAccountId));
    }

    /** Where the patient stands, counting nothing. */
    public Decision standing(long patientAccountId) {
        return failures.peek(key(patientAccountId));
    }

    private static String key(long patientAccountId) {
        return "patient:" + patientAccountId;
    }
}
