package navaa.content.control;

import java.util.Locale;

/**
 * Doc 002's project states, in the order a project passes them: {@code draft} when made,
 * {@code searching} while a search runs, {@code selecting} once its results are in (or
 * {@code failed} when it could not run), then {@code generating}, {@code ready} and
 * {@code published} as the content is made. A search in a project whose content is already
 * under way does not move it back.
 */
public enum ProjectStatus {
    DRAFT, SEARCHING, SELECTING, GENERATING, READY, PUBLISHED, FAILED;

    /** The document's word, e.g. {@code draft}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectStatus of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** Where a search starting now takes the project. */
    public ProjectStatus searchStarted() {
        return contentUnderWay() ? this : SEARCHING;
    }

    /** Where a search ending now takes the project: its results to choose from, or failed. */
    public ProjectStatus searchEnded(boolean found) {
        if (this != SEARCHING) {
            return this;
        }
        return found ? SELECTING : FAILED;
    }

    private boolean contentUnderWay() {
        return this == GENERATING || this == READY || this == PUBLISHED;
    }
}
