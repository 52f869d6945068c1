package navaa.jobs.control;

import navaa.models.diarization.EmbeddedWindow;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A diarization's embedded windows in its work folder, appended stretch by stretch
 * ({@code windows.bin}: start, end, then the embedding's floats, per window), and the
 * resume point that says how many stretches and bytes of it are done. The windows are
 * forced to disk before the resume point moves, and a resumed job cuts the file back to
 * the resume point, so a crash between the two repeats a stretch rather than losing or
 * doubling one.
 */
public final class WindowsFile {

    static final String NAME = "windows.bin";
    static final String RESUME = "windows.resume";

    /** Stretches embedded so far, and the file's length after them. */
    public record Resume(int stretches, long bytes) {
        static final Resume START = new Resume(0, 0);
    }

    private final Path work;

    public WindowsFile(Path work) {
        this.work = work;
    }

    public Resume resume() {
        Path file = work.resolve(RESUME);
        if (!Files.exists(file)) {
            return Resume.START;
        }
        try {
            String[] f = Files.readString(file).strip().split(" ");
            return new Resume(Integer.parseInt(f[0]), Long.parseLong(f[1]));
        } catch (IOException | RuntimeException e) {
            throw new JobFailureException(JobFailure.RESUME_FAILED, "cannot read the resume point " + file, e);
        }
    }

    /** The file as the resume point has it: what a crash appended after it is cut off. */
    public Resume rewind() {
        Resume resume = resume();
        Path file = work.resolve(NAME);
        try {
            OwnerOnly.directories(work);
            try (FileChannel channel = OwnerOnly.open(file, StandardOpenOption.CREATE)) {
                if (channel.size() < resume.bytes()) {
                    throw new JobFailureException(JobFailure.RESUME_FAILED, "the windows file " + file + " is shorter (" + channel.size()
                            + " bytes) than its resume point (" + resume.bytes() + ")");
                }
                channel.truncate(resume.bytes());
            }
            return resume;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + file, e);
        }
    }

    /** Appends the windows of {@code stretches} more stretches, forces them to disk, then moves the resume point. */
    public Resume append(List<EmbeddedWindow> windows, int stretches) {
        Resume before = resume();
        Path file = work.resolve(NAME);
        try (FileChannel channel = OwnerOnly.open(file, StandardOpenOption.CREATE)) {
            channel.position(before.bytes());
            for (EmbeddedWindow w : windows) {
                ByteBuffer record = ByteBuffer.allocate(16 + 4 + 4 * w.embedding().length);
                record.putDouble(w.start()).putDouble(w.end()).putInt(w.embedding().length);
                for (float v : w.embedding()) {
                    record.putFloat(v);
                }
                record.flip();
                while (record.hasRemaining()) {
                    channel.write(record);
                }
            }
            channel.force(true);
            Resume after = new Resume(before.stretches() + stretches, channel.position());
            Path partial = work.resolve(RESUME + ".partial");
            OwnerOnly.writeString(partial, after.stretches() + " " + after.bytes(), StandardCharsets.UTF_8);
            Files.move(partial, work.resolve(RESUME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return after;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** Every window the resume point counts. */
    public List<EmbeddedWindow> read() {
        Resume resume = resume();
        List<EmbeddedWindow> windows = new ArrayList<>();
        Path file = work.resolve(NAME);
        if (resume.bytes() == 0) {
            return windows;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            long read = 0;
            while (read < resume.bytes()) {
                double start = in.readDouble();
                double end = in.readDouble();
                float[] embedding = new float[in.readInt()];
                for (int i = 0; i < embedding.length; i++) {
                    embedding[i] = in.readFloat();
                }
                windows.add(new EmbeddedWindow(start, end, embedding));
                read += 20 + 4L * embedding.length;
            }
            return windows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
