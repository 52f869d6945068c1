package navaa.content.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryFileNameTest {

    private static String name(String submitted) {
        return LibraryFileName.of(submitted).orElseThrow().name(1);
    }

    @Test
    void keepsAPlainNameWithItsExtensionLowerCased() {
        assertEquals("lesson.mp4", name("lesson.MP4"));
        assertEquals("آموزش‌ پایتون.mkv", name("آموزش‌ پایتون.mkv"), "Persian, with its zero-width non-joiner");
        for (String extension : new String[] {"mp4", "mkv", "webm", "mov", "m4v", "avi"}) {
            assertEquals("a." + extension, name("a." + extension));
        }
    }

    @Test
    void dropsFoldersOfEitherKind() {
        assertEquals("passwd.mp4", name("../../etc/passwd.mp4"));
        assertEquals("evil.webm", name("C:\\Users\\x\\..\\evil.webm"));
        assertEquals("video.mp4", name("folder/.mp4"));
    }

    @Test
    void neverMakesAHiddenName() {
        assertEquals("bashrc.mp4", name(".bashrc.mp4"));
        assertEquals("x.mp4", name("...x.mp4"));
        assertEquals("video.mov", name(".mov"));
        assertEquals("video.mov", name("  . .mov"));
    }

    @Test
    void dropsControlAndBidiOverrideCharactersAndReplacesReservedOnes() {
        assertEquals("ab.mp4", name("a\u0000b.mp4"));
        assertEquals("exe.mp4", name("\u202Eexe.mp4"), "a right-to-left override could show the extension as another");
        assertEquals("a_b_c_.mp4", name("a:b*c?.mp4"));
        assertEquals("a_b.mp4", name("a\tb.mp4"));
        assertEquals("name.mp4", name("name. .mp4"), "trailing dots and blanks of the base go");
    }

    @Test
    void refusesNamesWithoutAVideoExtension() {
        for (String refused : new String[] {null, "", "notes.txt", "video", "movie.mp4.exe", "clip.mp3", "a.srt",
                "x.info.json", "mp4"}) {
            assertEquals(Optional.empty(), LibraryFileName.of(refused), String.valueOf(refused));
        }
    }

    @Test
    void cutsALongBaseBetweenCodePointsWithinItsBytes() {
        String persian = "ویدیو".repeat(100);
        LibraryFileName cut = LibraryFileName.of(persian + ".mp4").orElseThrow();
        int bytes = cut.base(1).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= LibraryFileName.MAX_BASE_BYTES && bytes > LibraryFileName.MAX_BASE_BYTES - 4, () -> bytes + "");
        assertTrue(persian.startsWith(cut.base(1)));
        assertTrue((cut.name(999) + ".info.json").getBytes(StandardCharsets.UTF_8).length < 255);
        String emoji = "😀".repeat(60);
        assertFalse(LibraryFileName.of(emoji + ".mp4").orElseThrow().base(1).contains("\uFFFD"));
    }

    @Test
    void aTakenNameGetsANumber() {
        LibraryFileName name = LibraryFileName.of("lesson.webm").orElseThrow();
        assertEquals("lesson.webm", name.name(1));
        assertEquals("lesson-2.webm", name.name(2));
        assertEquals("lesson-2", name.base(2));
        assertEquals("webm", name.extension());
    }
}
