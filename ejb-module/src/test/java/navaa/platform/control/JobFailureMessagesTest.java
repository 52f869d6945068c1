package navaa.platform.control;

import navaa.jobs.control.JobFailure;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every job failure code a client can meet has its message in both languages, and none names a path. */
class JobFailureMessagesTest {

    @Test
    void everyFailureHasAMessageInEnglishAndPersian() {
        for (JobFailure failure : JobFailure.values()) {
            String english = Messages.text(failure.messageKey(), Locale.ROOT);
            String persian = Messages.text(failure.messageKey(), Messages.PERSIAN);
            assertNotEquals(failure.messageKey(), english, failure + " has no English message");
            assertNotEquals(failure.messageKey(), persian, failure + " has no Persian message");
            assertNotEquals(english, persian, failure + " is not translated");
            assertFalse(english.contains("/") || persian.contains("/"), failure + " names a path: " + english);
        }
    }
}
