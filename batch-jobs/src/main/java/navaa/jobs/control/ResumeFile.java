package navaa.jobs.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The process step's {@link ResumePoint} in the job's work folder. The batch repository
 * keeps checkpoints too, but Payara ties a job instance to the deployment that started it,
 * so after a crash followed by a redeploy no one may restart it; this file lets a new
 * execution of the same job continue where the old one stopped, whatever the batch
 * repository says. Replaced atomically (write aside, fsync, rename): a crash leaves the old
 * point or the new one, never half of one.
 */
public final class ResumeFile {

    static final String NAME = "resume.ser";

    private final Path file;

    public ResumeFile(Path workFolder) {
        this.file = workFolder.resolve(NAME);
    }

    public Optional<ResumePoint> read() {
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            return Optional.of((ResumePoint) objects.readObject());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new JobFailureException(JobFailure.RESUME_FAILED, "the resume point " + file + " is unreadable", e);
        }
    }

    public void write(ResumePoint point) {
        Path aside = file.resolveSibling(NAME + ".new");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                objects.writeObject(point);
            }
            try (FileChannel out = OwnerOnly.open(aside, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the resume point " + file, e);
        }
    }
}
