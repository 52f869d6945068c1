package navaa.content.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoSignatureTest {

    private static byte[] head(Path file) throws Exception {
        return Arrays.copyOf(Files.readAllBytes(file), VideoSignature.HEAD);
    }

    @Test
    void realVideosMatchTheirExtensions(@TempDir Path dir) throws Exception {
        assertTrue(VideoSignature.matches(head(TestVideos.write(dir.resolve("a.mp4"), null)), "mp4"));
        assertTrue(VideoSignature.matches(head(TestVideos.write(dir.resolve("a.mov"), null)), "mov"));
        byte[] mkv = head(TestVideos.write(dir.resolve("a.mkv"), null));
        assertTrue(VideoSignature.matches(mkv, "mkv"));
        assertTrue(VideoSignature.matches(mkv, "webm"), "WebM is Matroska's EBML too");
        assertFalse(VideoSignature.matches(mkv, "mp4"), "a Matroska file named .mp4");
    }

    @Test
    void aviIsRiffAvi() {
        byte[] avi = "RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1);
        byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(VideoSignature.matches(avi, "avi"));
        assertFalse(VideoSignature.matches(wav, "avi"), "a WAV renamed .avi");
    }

    @Test
    void otherContentIsRefused() {
        byte[] text = "hello, this is not a video".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        for (String extension : SidecarFiles.VIDEO_EXTENSIONS) {
            assertFalse(VideoSignature.matches(text, extension), extension);
            assertFalse(VideoSignature.matches(png, extension), extension);
            assertFalse(VideoSignature.matches(new byte[3], extension), "shorter than a header");
            assertFalse(VideoSignature.matches(null, extension));
        }
        assertFalse(VideoSignature.matches("\0\0\0\u0020ftypisom".getBytes(StandardCharsets.ISO_8859_1), "exe"));
    }
}
