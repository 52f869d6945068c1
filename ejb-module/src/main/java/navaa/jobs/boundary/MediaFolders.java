package navaa.jobs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import navaa.jobs.control.OwnerOnly;

/** Where uploads, work files and outputs live under the data folder; folders made here are their owner's only. */
@ApplicationScoped
public class MediaFolders {

    @Inject
    @ConfigProperty(name = "navaa.data.dir")
    Optional<String> dataDir;

    /** A new, empty folder for one upload. */
    public Path newUpload() {
        return create(root().resolve("media/uploads").resolve(UUID.randomUUID().toString()));
    }

    /** The folder of patients' medical files (one flat folder: files are named by their uuid, never by the request). */
    public Path medicalFiles() {
        return create(root().resolve("media/medical"));
    }

    /** The media library's folder when {@code NAVAA_MEDIA_LIBRARY_DIR} names none (doc 002's offline search). */
    public Path defaultMediaLibrary() {
        return root().resolve("library");
    }

    /** The folder of one of doc 002's contents (its video under {@code videos/}); not created here. */
    public Path content(String contentUuid) {
        if (!contentUuid.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a content id: " + contentUuid);
        }
        return root().resolve("media/content").resolve(contentUuid);
    }

    public Path work(long jobId) {
        return root().resolve("work").resolve(Long.toString(jobId));
    }

    public Path output(long jobId) {
        return root().resolve("media/outputs").resolve(Long.toString(jobId));
    }

    private Path root() {
        return Path.of(dataDir.orElse(System.getProperty("java.io.tmpdir") + "/navaa"));
    }

    private static Path create(Path folder) {
        try {
            return OwnerOnly.directories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
