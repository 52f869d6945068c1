package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real executor and folder: a video copied in is found, a removed one is gone, a re-added one back. */
class MediaLibraryWatcherTest {

    @TempDir
    Path dir;

    private final LibraryIndex index = new LibraryIndex();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private MediaLibraryWatcher watcher;

    @AfterEach
    void close() throws IOException {
        watcher.close();
        executor.shutdownNow();
        index.close();
    }

    @Test
    void aCopiedVideoIsFoundWithinTenSecondsARemovedOneDisappearsAndComesBack() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path outside = TestVideos.write(dir.resolve("outside/lesson.mp4"), "Saffron rice lesson");
        MediaLibraryScanner scanner = new MediaLibraryScanner(library, index, new MediaLibraryFfmpeg(), 300);
        watcher = new MediaLibraryWatcher(scanner, 2000, System::currentTimeMillis);
        watcher.start(executor, 100);

        Path inside = Files.copy(outside, library.resolve("lesson.mp4"));
        assertWithin(10_000, () -> found("saffron"), "copied in");

        Files.delete(inside);
        assertWithin(10_000, () -> !found("saffron"), "removed");

        Files.createDirectories(library.resolve("later"));
        Files.copy(outside, library.resolve("later/lesson.mp4"), StandardCopyOption.REPLACE_EXISTING);
        assertWithin(10_000, () -> found("saffron"), "added again, in a new folder");
    }

    private boolean found(String word) {
        return !index.search(new VideoQuery(word, "en", 10, Set.of())).isEmpty();
    }

    private static void assertWithin(long millis, BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertTrue((System.nanoTime() - start) / 1_000_000 < millis, what + " not seen within " + millis + " ms");
            Thread.sleep(50);
        }
        System.out.printf("media library watcher: %s seen after %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
