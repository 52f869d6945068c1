package navaa.jobs.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Files and folders under the data folder as their owner's only (folders 700, files 600),
 * whatever umask the server was started with: recordings and what is made of them are
 * patients' voices, and other accounts on the machine must not read them. The modes are
 * given when a file is created, so there is no moment in which it is readable by others.
 * On a file system without POSIX permissions they are created as the platform makes them.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** The folder and every missing parent, each made 700. */
    public static Path directories(Path folder) throws IOException {
        return Files.createDirectories(folder, attributes(folder, FOLDER));
    }

    /** Created 600 if absent, truncated if present: {@code Files.newOutputStream}'s defaults. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        return Channels.newOutputStream(open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    public static void writeString(Path file, CharSequence text, Charset charset) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(text.toString().getBytes(charset));
        }
    }

    /** A channel for writing, the file created 600 if absent; {@code WRITE} is implied. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> all = new HashSet<>(Arrays.asList(options));
        all.add(StandardOpenOption.WRITE);
        return FileChannel.open(file, all, attributes(file, FILE));
    }

    /** Narrows a file that another library created (FFmpeg's encoder opens its own output) to 600. */
    public static Path restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
        }
        return file;
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(EnumSet.copyOf(permissions))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
