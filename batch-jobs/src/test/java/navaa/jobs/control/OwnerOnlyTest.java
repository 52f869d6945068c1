package navaa.jobs.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The modes are checked on files made by this JVM, whose umask (022 in a shell's default,
 * which is what the test runs with) would otherwise leave them readable by others.
 */
class OwnerOnlyTest {

    @TempDir
    Path folder;

    @Test
    void foldersAndTheirMissingParentsAre700() throws Exception {
        Path deep = folder.resolve("media/outputs/42");
        OwnerOnly.directories(deep);
        assertEquals("rwx------", mode(folder.resolve("media")));
        assertEquals("rwx------", mode(folder.resolve("media/outputs")));
        assertEquals("rwx------", mode(deep));
    }

    @Test
    void filesWrittenEveryWayAre600() throws Exception {
        Path text = folder.resolve("result.json");
        OwnerOnly.writeString(text, "{}", StandardCharsets.UTF_8);
        Path stream = folder.resolve("upload.wav");
        try (OutputStream out = OwnerOnly.newOutputStream(stream)) {
            out.write(new byte[] {1, 2, 3});
        }
        Path channel = folder.resolve("processed.f32");
        try (FileChannel out = OwnerOnly.open(channel, StandardOpenOption.CREATE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {4}));
        }
        assertEquals("rw-------", mode(text));
        assertEquals("rw-------", mode(stream));
        assertEquals("rw-------", mode(channel));
        assertEquals("{}", Files.readString(text));
        assertEquals(3, Files.size(stream));
    }

    @Test
    void aFileSomeoneElseCreatedIsNarrowed() throws Exception {
        Path encoded = Files.createFile(folder.resolve("output.flac"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Files.setPosixFilePermissions(encoded, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnly.restrict(encoded);
        assertEquals("rw-------", mode(encoded));
    }

    @Test
    void writingAgainTruncates() throws Exception {
        Path file = folder.resolve("resume");
        OwnerOnly.writeString(file, "a longer first text", StandardCharsets.UTF_8);
        OwnerOnly.writeString(file, "short", StandardCharsets.UTF_8);
        assertEquals("short", Files.readString(file));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
