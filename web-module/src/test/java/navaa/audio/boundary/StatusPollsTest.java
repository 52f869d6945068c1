package navaa.audio.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusPollsTest {

    @Test
    void answersWhatAcceptsJson() {
        assertTrue(StatusPolls.acceptsJson(null));
        assertTrue(StatusPolls.acceptsJson("application/json"));
        assertTrue(StatusPolls.acceptsJson("*/*"));
        assertTrue(StatusPolls.acceptsJson("text/html, application/json;q=0.9"));
        assertTrue(StatusPolls.acceptsJson("application/*"));
    }

    @Test
    void leavesEveryOtherWishToJaxRs() {
        assertFalse(StatusPolls.acceptsJson("text/html"), "JAX-RS answers 406");
        assertFalse(StatusPolls.acceptsJson("application/json;q=0"), "a weighting is JAX-RS's to read");
        assertFalse(StatusPolls.acceptsJson("application/xml"));
    }
}
