package navaa.content.control;

/**
 * A found video as it is kept: bounded to the columns that store it, with its rank (1 is the
 * best) among everything the sources found.
 */
public record RankedVideo(int rank, String reference, String title, String link, String snippet, String platform,
                          String metadataJson) {
}
