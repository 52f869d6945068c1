package navaa.llm.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenEstimateTest {

    @Test
    void asciiCountsOneTokenPerThreeCharacters() {
        assertEquals(0, TokenEstimate.of(""));
        assertEquals(1, TokenEstimate.of("a"));
        assertEquals(1, TokenEstimate.of("abc"));
        assertEquals(2, TokenEstimate.of("abcd"));
    }

    @Test
    void otherScriptsCountTheirUtf8Bytes() {
        assertEquals(8, TokenEstimate.of("سلام"), "four Persian letters, two bytes each");
        assertEquals(3, TokenEstimate.of("中"));
        assertEquals(4, TokenEstimate.of("😀"));
        assertEquals(1 + 2, TokenEstimate.of("ab پ"), "three ASCII characters and one Persian letter");
    }

    @Test
    void theEstimateIsAboveWhatRealTokenizersCount() {
        // GPT-4's tokenizer: 9 tokens for this sentence; Llama 3's: 9
        assertTrue(TokenEstimate.of("How can I create an API with Jakarta EE?") >= 9);
        assertEquals(TokenEstimate.PER_MESSAGE + 1, TokenEstimate.of(ChatTurn.user("hi")));
    }
}
