package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoginKeysTest {

    private static final byte[] SECRET = new byte[32];
    private static final byte[] OTHER_SECRET = new byte[32];
    private static final String UUID = "6f1c1a54-1f0e-4a8e-9a55-0d1c1b7b2f11";

    static {
        Arrays.fill(SECRET, (byte) 7);
        Arrays.fill(OTHER_SECRET, (byte) 8);
    }

    @Test
    void theSameInputsGiveTheSameKeyInDjangoRestFrameworksForm() {
        String key = LoginKeys.derive(SECRET, UUID, "salt-1");
        assertEquals(key, LoginKeys.derive(SECRET, UUID, "salt-1"));
        assertTrue(key.matches("[0-9a-f]{40}"), key);
    }

    @Test
    void aKnownAnswer() {
        // computed independently (Python hmac): HMAC-SHA-256(key = 32 × 0x07, "navaa login key v1\n" + UUID + "\nsalt-1"), first 20 bytes
        assertEquals("3a452c841f0b8ba91c7a58c9a4cffae0f3798e4e", LoginKeys.derive(SECRET, UUID, "salt-1"));
    }

    @Test
    void anotherSaltAccountOrSecretGivesAnotherKey() {
        String key = LoginKeys.derive(SECRET, UUID, "salt-1");
        assertNotEquals(key, LoginKeys.derive(SECRET, UUID, "salt-2"));
        assertNotEquals(key, LoginKeys.derive(SECRET, "0f1c1a54-1f0e-4a8e-9a55-0d1c1b7b2f11", "salt-1"));
        assertNotEquals(key, LoginKeys.derive(OTHER_SECRET, UUID, "salt-1"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LoginKeys.derive(new byte[16], UUID, "salt-1"));
    }
}
