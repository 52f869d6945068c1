package navaa.clinic.control;

import navaa.clinic.control.OtpRules.Outcome;
import navaa.clinic.entity.OtpCode;
import navaa.platform.control.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OtpRulesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final OtpRules rules = new OtpRules(clock);

    private OtpCode sent() {
        return rules.issue(null, "+989121234567", "hash", "sms");
    }

    @Test
    void theRightCodeWorksOnceWithinItsLife() {
        OtpCode code = sent();
        clock.advance(Duration.ofSeconds(119));
        assertEquals(Outcome.VALID, rules.verify(code, true));
        assertEquals(Outcome.INVALID, rules.verify(code, true), "a used code signs in no one");
    }

    @Test
    void after120SecondsTheCodeHasExpired() {
        OtpCode code = sent();
        clock.advance(Duration.ofSeconds(120));
        assertEquals(Outcome.EXPIRED, rules.verify(code, true));
    }

    @Test
    void fiveWrongGuessesKillTheCode() {
        OtpCode code = sent();
        for (int i = 0; i < OtpRules.MAX_ATTEMPTS; i++) {
            assertEquals(Outcome.INVALID, rules.verify(code, false));
        }
        assertEquals(Outcome.LOCKED, rules.verify(code, true), "even the right code is too late");
        assertEquals(60, rules.retryAfterLocked(code));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(1, rules.retryAfterLocked(code), "a new code may be asked for");
    }

    @Test
    void noCodeIsInvalid() {
        assertEquals(Outcome.INVALID, rules.verify(null, false));
    }

    @Test
    void theNextCodeWaits60Seconds() {
        OtpCode code = sent();
        assertEquals(60, rules.waitBeforeSending(code));
        clock.advance(Duration.ofMillis(59_500));
        assertEquals(1, rules.waitBeforeSending(code));
        clock.advance(Duration.ofMillis(500));
        assertEquals(0, rules.waitBeforeSending(code));
        assertEquals(0, rules.waitBeforeSending(null));
    }

    @Test
    void aNewCodeStartsItsGuessesAgain() {
        OtpCode code = sent();
        rules.verify(code, false);
        rules.verify(code, false);
        clock.advance(Duration.ofSeconds(60));
        rules.issue(code, "+989121234567", "hash2", "whatsapp");
        assertEquals(0, code.getAttempts());
        assertEquals("whatsapp", code.getChannel());
        assertEquals(clock.instant().plusSeconds(120), code.getExpiresAt());
    }

    @Test
    void fiveCodesAnHourAtMost() {
        OtpCode code = sent();
        for (int i = 1; i < OtpRules.SENDS_PER_WINDOW; i++) {
            clock.advance(Duration.ofSeconds(60));
            assertEquals(0, rules.waitBeforeSending(code));
            rules.issue(code, "+989121234567", "hash" + i, "sms");
        }
        clock.advance(Duration.ofSeconds(60));
        long wait = rules.waitBeforeSending(code);
        assertEquals(3600 - 4 * 60 - 60, wait, "until the hour since the first code is over");
        clock.advance(Duration.ofSeconds(wait));
        assertEquals(0, rules.waitBeforeSending(code));
        rules.issue(code, "+989121234567", "again", "sms");
        assertEquals(1, code.getSendsInWindow());
        assertTrue(code.getWindowStartedAt().equals(clock.instant()));
    }
}
