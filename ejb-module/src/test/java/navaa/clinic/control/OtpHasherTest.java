package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OtpHasherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void codesAreSixDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OtpHasher.newCode();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "codes repeat too often: " + seen.size());
    }

    @Test
    void theHashIsKeyedAndBoundToTheNumber() {
        OtpHasher hasher = new OtpHasher(key(1));
        String hash = hasher.hash("+989121234567", "123456");
        assertEquals(64, hash.length());
        assertNotEquals(hash, new OtpHasher(key(2)).hash("+989121234567", "123456"), "another key, another hash");
        assertNotEquals(hash, hasher.hash("+989121234568", "123456"), "another number, another hash");
        assertFalse(hash.contains("123456"));
    }

    @Test
    void onlyTheRightCodeMatches() {
        OtpHasher hasher = new OtpHasher(key(1));
        String stored = hasher.hash("+989121234567", "012345");
        assertTrue(hasher.matches("+989121234567", "012345", stored));
        assertTrue(hasher.matches("+989121234567", "۰۱۲۳۴۵", stored), "Persian digits are the same code");
        assertFalse(hasher.matches("+989121234567", "012346", stored));
        assertFalse(hasher.matches("+989121234568", "012345", stored));
        assertFalse(hasher.matches("+989121234567", null, stored));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OtpHasher(new byte[16]));
    }
}
