package navaa.content.control;

/**
 * One search result as doc 002 shows it ({@code title}, {@code link}, {@code snippet},
 * {@code metadata}) plus what the download needs to fetch it again: {@code reference} is the
 * library's own id of the video ({@code library:<id>}) or the URL a remote provider gave.
 * {@code link} is null for a library video without a page of its own: the boundary links it
 * to this server. {@code metadataJson} is a JSON object (the sidecar's fields, the duration).
 */
public record FoundVideo(String reference, String title, String link, String snippet, String platform, double score,
                         String metadataJson) {
}
