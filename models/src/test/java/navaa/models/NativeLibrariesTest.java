package navaa.models;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeLibrariesTest {

    @Test
    void ffmpegLoadsAndNamesItsVersion() {
        String version = NativeLibraries.ffmpegVersion();
        assertTrue(version.matches("\\S+ \\(avcodec \\d+\\.\\d+\\.\\d+\\)"), version);
        assertTrue(version.startsWith("8.") || version.startsWith("n8."), "the pinned FFmpeg 8 build: " + version);
    }
}
