package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SidecarFilesTest {

    private static final Path DIR = Path.of("/library/talks");

    @Test
    void captionsAndInfoGoToTheVideoWithTheLongestMatchingBaseName() {
        Map<Path, SidecarFiles> grouped = SidecarFiles.group(files("a.mp4", "a.b.mkv", "a.srt", "a.en.vtt",
                "a.b.srt", "a.b.info.json", "a.info.json", "notes.txt", "c.part", ".hidden.mp4", "lonely.srt"));

        assertEquals(List.of(DIR.resolve("a.b.mkv"), DIR.resolve("a.mp4")), List.copyOf(grouped.keySet()));
        assertEquals(files("a.en.vtt", "a.srt"), grouped.get(DIR.resolve("a.mp4")).captions());
        assertEquals(DIR.resolve("a.info.json"), grouped.get(DIR.resolve("a.mp4")).infoJson());
        assertEquals(files("a.b.srt"), grouped.get(DIR.resolve("a.b.mkv")).captions());
        assertEquals(DIR.resolve("a.b.info.json"), grouped.get(DIR.resolve("a.b.mkv")).infoJson());
    }

    @Test
    void everyListedExtensionIsAVideoInAnyCase() {
        for (String name : List.of("x.mp4", "x.MKV", "x.webm", "x.mov", "x.m4v", "x.avi")) {
            assertEquals(true, SidecarFiles.isVideo(Path.of(name)), name);
        }
        for (String name : List.of("x.mp3", "x.mp4.part", "mp4", ".x.mp4")) {
            assertEquals(false, SidecarFiles.isVideo(Path.of(name)), name);
        }
        assertNull(SidecarFiles.group(files("x.mp4")).get(DIR.resolve("x.mp4")).infoJson());
    }

    private static List<Path> files(String... names) {
        return java.util.Arrays.stream(names).map(DIR::resolve).toList();
    }
}
