package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** Low cost so the suite stays fast; the format and logic do not depend on N. */
    private final PasswordHasher hasher = new PasswordHasher(1024, 8, 1);

    @Test
    void matchesRfc7914TestVector() {
        byte[] key = PasswordHasher.derive("password".toCharArray(),
                "NaCl".getBytes(StandardCharsets.US_ASCII), 1024, 8, 16, 64);
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff1"
                + "09279d9830dac727afb94a83ee6d8360cbdfa2cc0640", HexFormat.of().formatHex(key));
    }

    @Test
    void defaultsUseNodeParametersAndDocumentedFormat() {
        String stored = new PasswordHasher().hash("s3cret".toCharArray());
        assertTrue(stored.matches("scrypt\\$16384\\$8\\$1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
    }

    @Test
    void verifiesItsOwnHash() {
        String stored = hasher.hash("correct horse ✓".toCharArray());
        assertTrue(hasher.verify("correct horse ✓".toCharArray(), stored));
    }

    @Test
    void rejectsWrongPassword() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertFalse(hasher.verify("correct horsE".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "plain-text-password",
        "scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA",
        "scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g$extra",
        "bcrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$x$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1024$0$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1024$8$1$not*base64$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1024$8$1$$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$c2hvcnQ",
    })
    void malformedStoredValuesNeverVerify(String stored) {
        assertFalse(hasher.verify("anything".toCharArray(), stored));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void needsRehashOnlyWhenParametersDiffer() {
        String cheap = hasher.hash("pw".toCharArray());
        assertFalse(hasher.needsRehash(cheap));
        assertTrue(new PasswordHasher(2048, 8, 1).needsRehash(cheap));
        assertTrue(new PasswordHasher(1024, 4, 1).needsRehash(cheap));
        assertTrue(new PasswordHasher(1024, 8, 2).needsRehash(cheap));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String old = new PasswordHasher(2048, 8, 1).hash("pw".toCharArray());
        assertTrue(hasher.verify("pw".toCharArray(), old));
    }

    @Test
    void refusesUnusableParameters() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1024, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1024, 8, 0));
    }
}
