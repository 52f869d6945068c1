package navaa.content.control;

import java.nio.file.Path;

/** What the library reads from a video file itself: its container's title and its length. */
@FunctionalInterface
public interface MediaLibraryProbe {

    /** The container's {@code title} tag (null when it has none) and the length in seconds (0 when unknown). */
    record Probed(String title, double durationSeconds) {
    }

    /** @throws java.io.IOException when the file is not a video FFmpeg can open */
    Probed probe(Path video) throws java.io.IOException;
}
