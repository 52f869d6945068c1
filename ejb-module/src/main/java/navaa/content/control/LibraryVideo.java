package navaa.content.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One video of the media library as it was indexed: what search shows of it and what the
 * download needs to fetch it again (the file and its sidecars). {@code link} is the page a
 * yt-dlp sidecar named (null without one); {@code language} is {@code fa} or {@code en}, read
 * from the script its words are written in; {@code metadata} holds small scalar values only.
 */
public record LibraryVideo(String id, Path file, String relativePath, String title, String description,
                           double durationSeconds, long sizeBytes, List<Path> captionFiles, Path infoJson,
                           String link, String platform, String language, Map<String, Object> metadata) {

    public LibraryVideo {
        captionFiles = List.copyOf(captionFiles);
        metadata = Map.copyOf(metadata);
    }

    /** What doc 002's search answers carry as {@code reference}: {@code library:<id>}. */
    public String reference() {
        return MediaLibraryId.REFERENCE_PREFIX + id;
    }

    public Optional<Path> infoJsonFile() {
        return Optional.ofNullable(infoJson);
    }
}
