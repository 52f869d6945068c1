package navaa.content.control;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the index in line with the folder: a new or changed video (or sidecar) is indexed
 * once its files have kept the same size and time for {@code settleMillis} (a file still being
 * copied in keeps growing), a removed one leaves the index. A scan only lists and stats files;
 * FFmpeg opens the ones that changed. Symbolic links are not followed (a link could lead out
 * of the library), hidden files are skipped, and folders deeper than {@link #MAX_DEPTH} too.
 * Not thread-safe: one scan at a time (the watcher's).
 */
public final class MediaLibraryScanner {

    private static final Logger LOG = Logger.getLogger(MediaLibraryScanner.class.getName());
    public static final int MAX_DEPTH = 8;

    /** Sizes and times of a video and its sidecars: when it changes, the video is read again. */
    private record Fingerprint(List<Long> stamps) {
    }

    private record Pending(Fingerprint fingerprint, long since) {
    }

    private final Path root;
    private final LibraryIndex index;
    private final MediaLibraryReader reader;
    private final long settleMillis;
    private final Map<String, Fingerprint> indexed = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();

    public MediaLibraryScanner(Path root, LibraryIndex index, MediaLibraryProbe probe, long settleMillis) {
        this.root = root;
        this.index = index;
        this.reader = new MediaLibraryReader(root, probe);
        this.settleMillis = settleMillis;
    }

    public Path root() {
        return root;
    }

    /** Videos seen changed but not yet settled: the watcher looks again soon while there are any. */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The folders of the library (for the watcher to watch), as of the last scan. */
    public List<Path> scan(long nowMillis) throws IOException {
        Map<Path, List<Path>> folders = listFolders();
        Set<String> seen = new HashSet<>();
        int added = 0;
        int removed = 0;
        for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
            for (Map.Entry<Path, SidecarFiles> video : SidecarFiles.group(folder.getValue()).entrySet()) {
                String id = MediaLibraryId.of(root, video.getKey());
                seen.add(id);
                if (consider(id, video.getKey(), video.getValue(), nowMillis)) {
                    added++;
                }
            }
        }
        for (String id : new ArrayList<>(indexed.keySet())) {
            if (!seen.contains(id)) {
                index.remove(id);
                indexed.remove(id);
                removed++;
            }
        }
        pending.keySet().retainAll(seen);
        if (added > 0 || removed > 0) {
            LOG.log(Level.INFO, "media library: {0} videos ({1} added or changed, {2} removed)",
                    new Object[] {index.size(), added, removed});
        }
        return new ArrayList<>(folders.keySet());
    }

    /** True when the video was (re)indexed now. */
    private boolean consider(String id, Path video, SidecarFiles sidecars, long now) {
        Fingerprint fingerprint = fingerprintOf(video, sidecars);
        if (fingerprint == null || fingerprint.equals(indexed.get(id))) {
            pending.remove(id);
            return false;
        }
        Pending waiting = pending.get(id);
        if (waiting == null || !waiting.fingerprint().equals(fingerprint)) {
            pending.put(id, new Pending(fingerprint, now));
            return false;
        }
        if (now - waiting.since() < settleMillis) {
            return false;
        }
        pending.remove(id);
        try {
            MediaLibraryReader.Read read = reader.read(video, sidecars);
            index.put(read.video(), read.captionCues());
            indexed.put(id, fingerprint);
            return true;
        } catch (IOException | RuntimeException e) {
            // unreadable (or gone since the listing): not tried again until its files change
            LOG.log(Level.INFO, "media library: {0} is not indexed: {1}",
                    new Object[] {video.getFileName(), String.valueOf(e.getMessage())});
            indexed.put(id, fingerprint);
            return false;
        }
    }

    private static Fingerprint fingerprintOf(Path video, SidecarFiles sidecars) {
        List<Long> stamps = new ArrayList<>();
        try {
            stamp(video, stamps);
            for (Path captions : sidecars.captions()) {
                stamp(captions, stamps);
            }
            if (sidecars.infoJson() != null) {
                stamp(sidecars.infoJson(), stamps);
            }
        } catch (IOException e) {
            return null; // gone since it was listed
        }
        return new Fingerprint(stamps);
    }

    private static void stamp(Path file, List<Long> stamps) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        stamps.add(attributes.size());
        stamps.add(attributes.lastModifiedTime().toMillis());
        stamps.add((long) Objects.hashCode(file.getFileName().toString()));
    }

    /** The library's folders, each with its regular files. */
    private Map<Path, List<Path>> listFolders() throws IOException {
        Map<Path, List<Path>> folders = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return folders;
        }
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && SidecarFiles.isHidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        folders.put(dir, new ArrayList<>());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        List<Path> files = folders.get(file.getParent());
                        if (attrs.isRegularFile() && files != null) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable or gone: skipped, not the scan's end
                    }
                });
        return folders;
    }
}
