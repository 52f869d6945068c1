package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner over a folder of real small videos and sidecars, with a clock of its own. */
class MediaLibraryScannerTest {

    private static final long SETTLE = 1000;

    @TempDir
    Path library;

    private final LibraryIndex index = new LibraryIndex();
    private MediaLibraryScanner scanner;

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void indexesTitlesCaptionsAndInfoJsonOfRealFiles() throws IOException {
        TestVideos.write(library.resolve("a.mp4"), "آموزش برنامه نویسی پایتون");
        TestVideos.write(library.resolve("talks/weekly.mkv"), "Weekly meeting");
        TestVideos.text(library.resolve("talks/weekly.fa.srt"),
                TestVideos.srt("سلام", "امروز آموزش برنامه نویسی پایتون داریم"));
        TestVideos.write(library.resolve("reel.mp4"), "container title");
        TestVideos.text(library.resolve("reel.info.json"), """
                {"title": "Python tips reel", "description": "Three Python tips in a minute.",
                 "webpage_url": "https://www.instagram.com/reel/abc/", "extractor": "Instagram", "uploader": "navaa"}
                """);
        TestVideos.write(library.resolve("دوره_آشپزی-ایرانی.mp4"), null);

        settle();

        assertEquals(4, index.size());
        List<FoundVideo> persian = search("آموزش پایتون", "fa", Set.of());
        assertEquals(List.of("آموزش برنامه نویسی پایتون", "Weekly meeting"), titles(persian));
        assertEquals("امروز آموزش برنامه نویسی پایتون داریم", persian.get(1).snippet());

        List<FoundVideo> instagram = search("python", "en", Set.of("instagram"));
        assertEquals(List.of("Python tips reel"), titles(instagram));
        assertEquals("https://www.instagram.com/reel/abc/", instagram.get(0).link());
        assertEquals("Three Python tips in a minute.", instagram.get(0).snippet());
        assertTrue(instagram.get(0).metadataJson().contains("\"uploader\":\"navaa\""), instagram.get(0).metadataJson());

        // no sidecar and no title tag: found by its file name
        List<FoundVideo> byName = search("آشپزی", "fa", Set.of());
        assertEquals(List.of("دوره آشپزی ایرانی"), titles(byName));
        assertEquals("other", byName.get(0).platform());
        LibraryVideo video = index.byId(byName.get(0).reference().substring("library:".length())).orElseThrow();
        assertEquals(library.resolve("دوره_آشپزی-ایرانی.mp4"), video.file());
        assertEquals(1.0, video.durationSeconds(), 0.15);
        assertEquals(Files.size(video.file()), video.sizeBytes());

        LibraryVideo weekly = index.byId(MediaLibraryId.of(library, library.resolve("talks/weekly.mkv"))).orElseThrow();
        assertEquals(List.of(library.resolve("talks/weekly.fa.srt")), weekly.captionFiles());
    }

    @Test
    void aGrowingFileWaitsUntilItsSizeHasSettled() throws IOException {
        Path source = TestVideos.write(library.resolve("../whole.mp4").normalize(), "Settled video");
        byte[] bytes = Files.readAllBytes(source);
        Path copy = library.resolve("copy.mp4");
        scanner = new MediaLibraryScanner(library, index, new MediaLibraryFfmpeg(), SETTLE);

        Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        scanner.scan(0);
        scanner.scan(SETTLE / 2);
        try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.APPEND)) {
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
        scanner.scan(SETTLE + 1);
        assertEquals(0, index.size(), "changed since it was last seen: not yet");
        assertTrue(scanner.hasPending());

        scanner.scan(2 * SETTLE + 2);
        assertEquals(List.of("Settled video"), titles(search("settled", "en", Set.of())));
        assertEquals(false, scanner.hasPending());
    }

    @Test
    void aRemovedVideoLeavesAndAChangedSidecarIsReadAgain() throws IOException {
        Path video = TestVideos.write(library.resolve("v.mp4"), "Plain title");
        settle();
        assertEquals(1, search("plain", "en", Set.of()).size());

        TestVideos.text(library.resolve("v.srt"), TestVideos.srt("kubernetes clusters today"));
        settle();
        assertEquals(1, search("kubernetes", "en", Set.of()).size());

        Files.delete(video);
        scanner.scan(100_000);
        assertEquals(0, index.size());
        assertEquals(List.of(), search("plain", "en", Set.of()));
    }

    private long now;

    /** Two scans a settle apart, as the watcher would do. */
    private void settle() throws IOException {
        if (scanner == null) {
            scanner = new MediaLibraryScanner(library, index, new MediaLibraryFfmpeg(), SETTLE);
        }
        now += 10 * SETTLE;
        scanner.scan(now);
        now += SETTLE;
        scanner.scan(now);
    }

    private List<FoundVideo> search(String text, String language, Set<String> platforms) {
        return index.search(new VideoQuery(text, language, 10, platforms));
    }

    private static List<String> titles(List<FoundVideo> found) {
        return found.stream().map(FoundVideo::title).toList();
    }
}
