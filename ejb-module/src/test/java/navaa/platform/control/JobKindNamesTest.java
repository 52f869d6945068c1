package navaa.platform.control;

import navaa.jobs.control.JobKind;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class JobKindNamesTest {

    @Test
    void everyKindHasANameInBothLanguages() {
        for (JobKind kind : JobKind.values()) {
            String english = Messages.text(kind.messageKey(), Locale.ENGLISH);
            String persian = Messages.text(kind.messageKey(), Messages.PERSIAN);
            assertNotEquals(kind.messageKey(), english, kind + " has no English name");
            assertNotEquals(kind.messageKey(), persian, kind + " has no Persian name");
            assertNotEquals(english, persian, kind + "'s Persian name is its English one");
        }
        assertEquals("Vocal separation", Messages.text(JobKind.SEPARATE.messageKey(), Locale.ENGLISH));
    }
}
