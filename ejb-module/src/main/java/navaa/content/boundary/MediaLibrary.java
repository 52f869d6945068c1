package navaa.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import navaa.content.control.FoundVideo;
import navaa.content.control.LibraryIndex;
import navaa.content.control.LibraryVideo;
import navaa.content.control.MediaLibraryFfmpeg;
import navaa.content.control.MediaLibraryId;
import navaa.content.control.MediaLibraryScanner;
import navaa.content.control.MediaLibraryWatcher;
import navaa.content.control.VideoQuery;
import navaa.content.control.VideoSource;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.control.OwnerOnly;

/**
 * The media library, doc 002's search source on a fresh install: the videos of one folder
 * ({@code NAVAA_MEDIA_LIBRARY_DIR}, default {@code <data>/library}, made owner-only when
 * missing), indexed in memory at start and kept current by a watcher (see
 * {@link MediaLibraryWatcher}): a video copied in is searchable within seconds, a removed one
 * disappears. Started by {@link MediaLibraryStartup}.
 */
@ApplicationScoped
public class MediaLibrary implements VideoSource {

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());
    static final long TICK_MILLIS = 500;

    @Inject
    @ConfigProperty(name = "navaa.media-library.dir")
    Optional<String> configuredFolder;

    /** The safety net's period: a full rescan even when no file event came. */
    @Inject
    @ConfigProperty(name = "navaa.media-library.rescan-seconds", defaultValue = "5")
    long rescanSeconds;

    /** How long a video's size and time must stay the same before it is indexed (a copy in progress grows). */
    @Inject
    @ConfigProperty(name = "navaa.media-library.settle-millis", defaultValue = "1000")
    long settleMillis;

    @Inject
    MediaFolders folders;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Path folder;
    private LibraryIndex index;
    private MediaLibraryWatcher watcher;

    @PostConstruct
    void start() {
        folder = configuredFolder.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(folders::defaultMediaLibrary).toAbsolutePath().normalize();
        index = new LibraryIndex();
        try {
            OwnerOnly.directories(folder);
        } catch (IOException e) {
            // the rest of Navaa still starts; the library stays empty until the folder is fixed and Navaa restarted
            LOG.log(Level.SEVERE, "media library: cannot create " + folder + "; the library stays empty", e);
            return;
        }
        MediaLibraryScanner scanner = new MediaLibraryScanner(folder, index, new MediaLibraryFfmpeg(),
                Math.max(0, settleMillis));
        watcher = new MediaLibraryWatcher(scanner, Math.max(1, rescanSeconds) * 1000, System::currentTimeMillis);
        watcher.start(scheduler, TICK_MILLIS);
        LOG.info(() -> "media library: " + folder + " (rescanned every " + rescanSeconds + " s)");
    }

    @PreDestroy
    void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
            index.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "media library: closing", e);
        }
    }

    @Override
    public List<FoundVideo> search(VideoQuery query) {
        return index.search(query);
    }

    /** A video of the library by its id, with its file and sidecars (for the download); empty when gone or unknown. */
    public Optional<LibraryVideo> byId(String id) {
        return MediaLibraryId.isWellFormed(id) ? index.byId(id) : Optional.empty();
    }

    /** The video a search answer's {@code library:<id>} reference names. */
    public Optional<LibraryVideo> byReference(String reference) {
        return MediaLibraryId.fromReference(reference).flatMap(index::byId);
    }

    /** Every indexed video (at most a few thousand: the library is one folder of videos). */
    public java.util.Collection<LibraryVideo> videos() {
        return index.videos();
    }

    /**
     * Takes a video out of the index at once, after its files were deleted (the admin's delete):
     * the next scan would do the same within seconds, and finds nothing left to remove.
     */
    public void forget(String id) {
        index.remove(id);
    }

    /** How many videos are indexed now. */
    public int size() {
        return index.size();
    }

    public Path folder() {
        return folder;
    }
}
