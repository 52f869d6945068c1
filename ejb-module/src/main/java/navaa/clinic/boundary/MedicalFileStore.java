package navaa.clinic.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.control.OwnerOnly;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The bytes of medical files under the data folder ({@code media/medical}), owner-only (600
 * in a 700 folder). A file is written to a {@code .part} name and moved to its own once it is
 * whole and synced, so a reader never meets half a file; the name is a fresh uuid, never the request's.
 */
@ApplicationScoped
public class MedicalFileStore {

    private static final Logger LOG = Logger.getLogger(MedicalFileStore.class.getName());

    /** A stored file: its name in the folder, its length and its SHA-256 (hex). */
    public record Stored(String name, long size, String sha256) {
    }

    @Inject
    MediaFolders folders;

    /**
     * Writes the stream to a new file named {@code <uuid>.<extension>}; 413 FILE_TOO_LARGE, and
     * nothing kept, when it holds more than {@code maxBytes} (the part's declared size is checked
     * before, this is the guard that holds whatever the part says).
     */
    public Stored write(InputStream in, String extension, long maxBytes, long maxMegabytes) {
        Path folder = folders.medicalFiles();
        String name = UUID.randomUUID() + "." + extension;
        Path part = folder.resolve(name + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel channel = OwnerOnly.open(part, StandardOpenOption.CREATE_NEW);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
                    }
                    sha.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            move(part, folder.resolve(name));
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("cannot store a medical file in " + folder, e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Where a stored file is; its name is the store's own (a uuid and an extension), so it stays in the folder. */
    public Path path(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a stored name: " + name);
        }
        return folders.medicalFiles().resolve(name);
    }

    /** Removes a stored file whose row was not recorded (or is gone); a failure is logged, not thrown. */
    public void delete(String name) {
        deleteQuietly(path(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "a medical file that has no record stays on disk: " + file + " (" + e + ")");
        }
    }
}
