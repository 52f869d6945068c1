package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLibraryFfmpegTest {

    @TempDir
    Path dir;

    private final MediaLibraryFfmpeg probe = new MediaLibraryFfmpeg();

    @Test
    void readsThePersianTitleTagAndTheLengthOfAnMp4() throws IOException {
        Path video = TestVideos.write(dir.resolve("ویدیو یک.mp4"), "آموزش برنامه نویسی پایتون");

        MediaLibraryProbe.Probed probed = probe.probe(video);

        assertEquals("آموزش برنامه نویسی پایتون", probed.title());
        assertEquals(1.0, probed.durationSeconds(), 0.15);
    }

    @Test
    void readsAMatroskaFileWithoutATitle() throws IOException {
        Path video = TestVideos.write(dir.resolve("clip.mkv"), null);

        MediaLibraryProbe.Probed probed = probe.probe(video);

        assertNull(probed.title());
        assertEquals(1.0, probed.durationSeconds(), 0.15);
    }

    @Test
    void refusesAFileThatIsNoVideo() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.mp4"), "#EXTM3U\nhttp://example.com/a.ts\n");

        assertThrows(IOException.class, () -> probe.probe(fake));
    }
}
