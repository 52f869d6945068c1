package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsernameFoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "ALICE", "Alice", "álïcé", "ÁLÏCÉ", "ａｌｉｃｅ", "ＡＬＩＣＥ", "alice ", "ALICE   ",
            "ali\u200Bce", "ali\u00ADce", "a\u0301lice", "ali\u0000ce"})
    void everySpellingUtf8mb4UnicodeCiMatchesWithAliceFoldsToAlice(String spelling) {
        assertEquals("alice", UsernameFold.fold(spelling));
    }

    @Test
    void foldsAsTheCollationSortsOtherLetters() {
        assertEquals(UsernameFold.fold("strasse"), UsernameFold.fold("Straße"));
        assertEquals(UsernameFold.fold("علی"), UsernameFold.fold("علی "));
    }

    @Test
    void keepsWhatTheCollationTellsApart() {
        assertNotEquals(UsernameFold.fold("alice"), UsernameFold.fold(" alice"), "leading spaces count under PAD SPACE");
        assertNotEquals(UsernameFold.fold("alice"), UsernameFold.fold("alicia"));
        assertNotEquals(UsernameFold.fold("a.lice"), UsernameFold.fold("alice"));
    }
}
