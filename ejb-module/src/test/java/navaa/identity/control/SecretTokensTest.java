package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void randomIsUrlSafeUnpaddedAndOfRequestedSize() {
        String token = SecretTokens.random(32);
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    }

    @Test
    void randomDiffersEachTime() {
        assertNotEquals(SecretTokens.random(32), SecretTokens.random(32));
    }

    @Test
    void randomRefusesNonPositiveLength() {
        assertThrows(IllegalArgumentException.class, () -> SecretTokens.random(0));
    }

    @Test
    void sha256HexMatchesKnownVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.sha256Hex("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SecretTokens.sha256Hex(""));
    }
}
