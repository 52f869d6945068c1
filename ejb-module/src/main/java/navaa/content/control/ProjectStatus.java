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

    /**
     * A content was made from a result (doc 002 §3.4, step 4): the project's content is being
     * generated from now on, starting with its download.
     */
    public ProjectStatus contentCreated() {
        return GENERATING;
    }

    /**
     * The content's download ended: the video is {@code ready} for the optional steps (subtitles,
     * burn-in, watermark, copywriting), or the project {@code failed}. A project that moved on
     * (published) is left where it is.
     */
    public ProjectStatus downloadEnded(boolean completed) {
        if (this != GENERATING) {
            return this;
        }
        return completed ? READY : FAILED;
    }

    /** The content was deleted: the project is back to choosing among its results. */
    public ProjectStatus contentDeleted() {
        return SELECTING;
    }

    private boolean contentUnderWay() {
        return this == GENERATING || this == READY || this == PUBLISHED;
    }
}
