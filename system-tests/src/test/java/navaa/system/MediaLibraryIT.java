package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, the media library in the server: its folder ({@code <data>/library} by default) is
 * made owner-only at start and watched; a file copied in is indexed within 10 s and a removed
 * one leaves, as the server's log says. The file here is no real video: that FFmpeg (from the
 * domain's lib folder) is reached and refuses it, and the library still lists it by its
 * sidecar, is what is checked. Search itself is the search endpoint's test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaLibraryIT {

    private static final Path LIBRARY = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data"))
            .resolve("library");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void aFileCopiedInIsIndexedWithinTenSecondsAndARemovedOneLeaves() throws Exception {
        assertTrue(Files.isDirectory(LIBRARY), LIBRARY + " is made at start");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(LIBRARY)));

        // the log's length before the files exist: the library may index them before the first look at the log
        int before = library().size();
        Path video = ownerOnly(LIBRARY.resolve("it-lesson-" + System.nanoTime() + ".mp4"), "not a video at all");
        Path info = ownerOnly(LIBRARY.resolve(video.getFileName().toString().replace(".mp4", ".info.json")),
                "{\"title\": \"Saffron rice\", \"extractor\": \"youtube\"}");
        String name = video.getFileName().toString();

        try {
            List<ServerLog.Entry> listed = await(before, entries -> entries.stream()
                    .anyMatch(e -> e.message().contains(name + " is listed by its name only"))
                    && entries.stream().anyMatch(e -> e.message().contains("added or changed")));
            assertTrue(listed.stream().anyMatch(e -> e.message().contains(name + " is listed by its name only")),
                    "FFmpeg read the file and refused it: " + listed);
            assertTrue(listed.stream().noneMatch(e -> e.level().equals("WARNING") || e.level().equals("SEVERE")),
                    listed::toString);

            int beforeRemoval = library().size();
            Files.delete(video);
            List<ServerLog.Entry> removed = await(beforeRemoval, entries -> entries.stream()
                    .anyMatch(e -> e.message().contains("1 removed")));
            assertTrue(removed.stream().anyMatch(e -> e.message().contains("1 removed")), removed::toString);
        } finally {
            // a failure must not leave the file to the next tests' library
            Files.deleteIfExists(video);
            Files.deleteIfExists(info);
        }
    }

    private static Path ownerOnly(Path file, String text) throws Exception {
        // the other ITs check that nothing in the data folder is readable by others
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The library's log records after the first {@code seenBefore}, once {@code until} holds for them, within 10 s of now. */
    private static List<ServerLog.Entry> await(int seenBefore, Predicate<List<ServerLog.Entry>> until) throws InterruptedException {
        long start = System.nanoTime();
        List<ServerLog.Entry> found = library();
        while ((System.nanoTime() - start) < 10_000_000_000L) {
            found = library();
            if (until.test(found.subList(Math.min(seenBefore, found.size()), found.size()))) {
                return found.subList(seenBefore, found.size());
            }
            Thread.sleep(250);
        }
        return found.subList(Math.min(seenBefore, found.size()), found.size());
    }

    private static List<ServerLog.Entry> library() {
        return ServerLog.entries().stream().filter(e -> e.logger().startsWith("navaa.content")).toList();
    }
}
