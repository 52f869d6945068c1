package navaa.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import navaa.content.control.LibraryFileName;
import navaa.content.control.LibraryVideo;
import navaa.content.control.MediaLibraryFfmpeg;
import navaa.content.control.MediaLibraryId;
import navaa.content.control.MediaLibraryProbe;
import navaa.content.control.UploadSidecar;
import navaa.content.control.VideoSignature;
import navaa.jobs.control.OwnerOnly;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

/**
 * Videos added to and deleted from the media library through the API (the folder itself stays
 * the library: what is copied in by hand is indexed the same way). An upload is written under
 * a hidden {@code .<random>.part} name in the library folder, which the watcher skips, checked
 * (its first bytes must be the container its extension names, and FFmpeg must open it), then
 * given its final name, a free one ({@code lesson.mp4}, else {@code lesson-2.mp4}, ...), by one
 * rename, after its {@code .info.json} sidecar: the watcher sees the video whole, with its
 * title, and indexes it within about two seconds. The upload waits that long for it.
 */
@ApplicationScoped
public class LibraryUploads {

    private static final Logger LOG = Logger.getLogger(LibraryUploads.class.getName());
    private static final int MAX_NAME_TRIES = 1000;

    /** Writes the uploaded content to the given file (the multipart part moves or copies itself there). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** The new video's id, and its entry when the index already holds it. */
    public record Added(String id, Optional<LibraryVideo> video) {
    }

    @Inject
    @ConfigProperty(name = "navaa.media-library.upload-max-mb", defaultValue = "2048")
    long maxMegabytes;

    /** How long an upload waits for the index to list the new video before it answers 202. */
    @Inject
    @ConfigProperty(name = "navaa.media-library.upload-wait-seconds", defaultValue = "5")
    long waitSeconds;

    @Inject
    MediaLibrary library;

    private final MediaLibraryProbe probe = new MediaLibraryFfmpeg();
    /** Choosing a free name and taking it is one step, so two uploads of one name never share it. */
    private final Object naming = new Object();

    public long maxMegabytes() {
        return maxMegabytes;
    }

    /**
     * Adds the video to the library.
     *
     * @throws NavaaException UNSUPPORTED_FORMAT (415) for a name without a video extension or content that is not one
     */
    public Added add(String submittedName, Content content, String title, String description, String uploader) {
        LibraryFileName name = LibraryFileName.of(submittedName)
                .orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_FORMAT));
        Path folder = library.folder();
        Path part = folder.resolve("." + UUID.randomUUID() + ".part");
        try {
            content.writeTo(part);
            OwnerOnly.restrict(part);
            check(part, name);
            Path video = place(folder, part, name, UploadSidecar.json(title, description, uploader));
            String id = MediaLibraryId.of(folder, video);
            LOG.info(() -> "media library: " + video.getFileName() + " uploaded by " + uploader);
            return new Added(id, awaitIndexed(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    /**
     * Deletes a library video with its sidecars (captions, info.json) and takes it out of the index.
     *
     * @throws NavaaException NOT_FOUND for an id the library does not hold
     */
    public LibraryVideo delete(String id) {
        LibraryVideo video = library.byId(id).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        List<Path> files = new ArrayList<>(video.captionFiles());
        video.infoJsonFile().ifPresent(files::add);
        files.add(video.file());
        try {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        library.forget(id);
        LOG.info(() -> "media library: " + video.relativePath() + " deleted");
        return video;
    }

    /** 415 unless the first bytes are the extension's container and FFmpeg opens the file. */
    private void check(Path part, LibraryFileName name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(part)) {
            head = in.readNBytes(VideoSignature.HEAD);
        }
        if (!VideoSignature.matches(head, name.extension())) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_FORMAT);
        }
        try {
            probe.probe(part);
        } catch (IOException e) {
            LOG.fine(() -> "media library: an upload named " + name + " is refused: " + e.getMessage());
            throw new NavaaException(ErrorCode.UNSUPPORTED_FORMAT);
        } catch (RuntimeException | LinkageError e) {
            // FFmpeg missing from the server's lib folder: the first bytes have to do, as the library lists such files too
            LOG.log(Level.WARNING, "media library: FFmpeg could not check an upload; its first bytes were", e);
        }
    }

    /** Writes the sidecar under the first free base name, then renames the video to it; returns the video's path. */
    private Path place(Path folder, Path part, LibraryFileName name, String sidecar) throws IOException {
        synchronized (naming) {
            for (int n = 1; n <= MAX_NAME_TRIES; n++) {
                if (isFree(folder, name.base(n))) {
                    Path video = folder.resolve(name.name(n));
                    Path info = folder.resolve(name.base(n) + ".info.json");
                    OwnerOnly.writeString(info, sidecar, StandardCharsets.UTF_8);
                    try {
                        move(part, video);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(info);
                        throw e;
                    }
                    return video;
                }
            }
        }
        throw new NavaaException(ErrorCode.CONFLICT);
    }

    /**
     * No file of the folder is the base or starts with {@code base.}: a stray caption or info.json
     * left by an earlier video of that name would otherwise be taken for the new one's.
     */
    private static boolean isFree(Path folder, String base) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String existing = file.getFileName().toString();
                if (existing.equals(base) || existing.startsWith(base + ".")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The new video's entry once the watcher has indexed it, waiting at most {@code waitSeconds}. */
    private Optional<LibraryVideo> awaitIndexed(String id) {
        long deadline = System.nanoTime() + Math.max(0, waitSeconds) * 1_000_000_000L;
        while (true) {
            Optional<LibraryVideo> video = library.byId(id);
            if (video.isPresent() || System.nanoTime() >= deadline) {
                return video;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "media library: " + file + " is left behind (hidden, so never indexed)", e);
        }
    }
}
