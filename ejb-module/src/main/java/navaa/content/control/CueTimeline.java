package navaa.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which cue shows at a moment, asked once per video frame by the burn step: a binary search
 * over the cues ordered by start, so a 2-hour film's 1,500 cues cost about 11 comparisons a
 * frame. Files are not always in order and cues may overlap (two speakers at once); the cues
 * are sorted here, and {@link #allAt} finds every cue showing, walking back from the last
 * started cue only as far as a cue that began earlier could still be showing.
 */
public final class CueTimeline {

    private final Cue[] byStart;
    /** {@code latestEnd[k]}: the latest end among {@code byStart[0..k]}; it only grows, so the walk back can stop. */
    private final long[] latestEnd;

    public CueTimeline(Subtitles subtitles) {
        List<Cue> sorted = new ArrayList<>(subtitles.cues());
        // stable: cues starting together keep file order
        sorted.sort(Comparator.comparingLong(Cue::startMillis));
        byStart = sorted.toArray(Cue[]::new);
        latestEnd = new long[byStart.length];
        long latest = Long.MIN_VALUE;
        for (int k = 0; k < byStart.length; k++) {
            latest = Math.max(latest, byStart[k].endMillis());
            latestEnd[k] = latest;
        }
    }

    /** The cue to draw at this moment: of those showing, the one started last (the newest line said). */
    public Optional<Cue> at(long millis) {
        for (int k = lastStartedBy(millis); k >= 0 && latestEnd[k] > millis; k--) {
            if (byStart[k].showsAt(millis)) {
                return Optional.of(byStart[k]);
            }
        }
        return Optional.empty();
    }

    /** Every cue showing at this moment, in order of start; usually none or one. */
    public List<Cue> allAt(long millis) {
        List<Cue> showing = new ArrayList<>(2);
        for (int k = lastStartedBy(millis); k >= 0 && latestEnd[k] > millis; k--) {
            if (byStart[k].showsAt(millis)) {
                showing.add(0, byStart[k]);
            }
        }
        return showing;
    }

    /** The position of the last cue starting at or before the moment, -1 when none has. */
    private int lastStartedBy(long millis) {
        int low = 0;
        int high = byStart.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (byStart[mid].startMillis() <= millis) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
