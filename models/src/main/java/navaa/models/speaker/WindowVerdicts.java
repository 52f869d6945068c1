package navaa.models.speaker;

import navaa.models.speaker.SpeakerSearch.Window;
import navaa.models.vad.SpeechSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * The speaker search's verdicts, decided on all of a recording's windows at once (see
 * {@link #decide}), then short windows given their neighbours' and the kept ones joined.
 */
final class WindowVerdicts {

    /**
     * Seconds between a window too short to embed and the scored window whose verdict it
     * takes: 1 s left short words of a turn out (JFK's 3.3–4.35 s sits 1.09 s from his
     * phrase; the 0.3-s pauses inside the test conversations' turns plus a VAD margin).
     */
    static final double NEIGHBOUR_GAP = 1.5;

    private WindowVerdicts() {
    }

    /** Windows with their verdicts, and the recording's score. */
    record Decision(List<Window> windows, double similarity) {
    }

    /** A window scoring at least this (cos ≈ 0.54) is the target's, once the target is found at all. */
    static final double KEEP_SCORE = 35;
    /** The job's score is the mean of the best windows' scores over this much speech, in seconds. */
    static final double EVIDENCE_SECONDS = 10;
    /** ... or over this share of the recording's speech when that is less: a short recording's target may speak only half of it. */
    static final double EVIDENCE_SHARE = 0.5;
    /** Windows at most this far apart, in seconds, are one turn for the smoothing of verdicts. */
    static final double TURN_GAP = 0.5;
    /** How far a window is lifted above the mean of its score and its neighbours'. */
    static final double NEIGHBOUR_LIFT = 10;

    /**
     * The verdicts, from the windows' embeddings (null: too little speech to embed).
     * <ol>
     * <li>Each window's score against the target.</li>
     * <li>The recording's score: the mean score, by duration, of its best windows over
     * {@link #EVIDENCE_SECONDS} of speech. One window of someone else that happens to sound
     * like the target cannot carry it, as the best window alone would, and the target's
     * own weak windows do not drag it down, as the mean of all kept windows did.</li>
     * <li>Under {@link SpeakerRegions#KEEP_SCORE} the target is not in the recording and
     * nothing is kept.</li>
     * <li>Otherwise a window is kept when its score, lifted towards the neighbours of its
     * turn, reaches {@link #KEEP_SCORE}: a window within {@link #TURN_GAP} of scored
     * windows on both sides (or on its only side) takes the larger of its own score and
     * min(the lower neighbour, the mean of itself and that neighbour + {@link #NEIGHBOUR_LIFT}).
     * Real speech has single windows that score far below the rest of the speaker's turn
     * (a word, a change of tone); their neighbours decide.</li>
     * </ol>
     * Memory: one embedding (128 floats) per window.
     */
    static Decision decide(float[] target, List<SpeakerRegions.Span> spans, float[][] embeddings) {
        int n = spans.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = embeddings[i] == null ? Double.NaN : SpeakerSimilarity.score(target, embeddings[i]);
        }
        double similarity = evidence(spans, score);
        boolean found = similarity >= SpeakerRegions.KEEP_SCORE;
        List<Window> windows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean kept = found && !Double.isNaN(score[i]) && lifted(spans, score, i) >= KEEP_SCORE;
            windows.add(new Window(seconds(spans.get(i).start()), seconds(spans.get(i).end()), score[i], kept));
        }
        return new Decision(windows, similarity);
    }

    /** The mean score, by duration, of the best scored windows over {@link #EVIDENCE_SECONDS}. */
    private static double evidence(List<SpeakerRegions.Span> spans, double[] score) {
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (!Double.isNaN(score[i])) {
                scored.add(i);
            }
        }
        scored.sort((a, b) -> Double.compare(score[b], score[a]));
        double speech = 0;
        for (int i : scored) {
            speech += seconds(spans.get(i).end() - spans.get(i).start());
        }
        double enough = Math.min(EVIDENCE_SECONDS, EVIDENCE_SHARE * speech);
        double weighted = 0;
        double seconds = 0;
        for (int i : scored) {
            if (seconds >= enough) {
                break;
            }
            double duration = seconds(spans.get(i).end() - spans.get(i).start());
            weighted += score[i] * duration;
            seconds += duration;
        }
        return seconds > 0 ? weighted / seconds : 0;
    }

    private static double lifted(List<SpeakerRegions.Span> spans, double[] score, int i) {
        boolean left = i > 0 && !Double.isNaN(score[i - 1])
                && seconds(spans.get(i).start() - spans.get(i - 1).end()) <= TURN_GAP;
        boolean right = i + 1 < score.length && !Double.isNaN(score[i + 1])
                && seconds(spans.get(i + 1).start() - spans.get(i).end()) <= TURN_GAP;
        if (!left && !right) {
            return score[i];
        }
        double neighbour = left && right ? Math.min(score[i - 1], score[i + 1]) : left ? score[i - 1] : score[i + 1];
        return Math.max(score[i], Math.min(neighbour, (score[i] + neighbour) / 2 + NEIGHBOUR_LIFT));
    }

    /**
     * A window too short to embed (a "yes", the tail of a turn cut off by a breath) takes the
     * verdict of the nearest scored window when that one is at most {@link #NEIGHBOUR_GAP}
     * away: a word that short is almost always the same speaker's as the speech around it.
     */
    static List<Window> withShortWindowsDecided(List<Window> windows) {
        List<Window> decided = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (!Double.isNaN(w.score())) {
                decided.add(w);
                continue;
            }
            Window before = scored(windows, i, -1);
            Window after = scored(windows, i, +1);
            double gapBefore = before == null ? Double.MAX_VALUE : w.start() - before.end();
            double gapAfter = after == null ? Double.MAX_VALUE : after.start() - w.end();
            Window nearest = gapBefore <= gapAfter ? before : after;
            boolean kept = nearest != null && Math.min(gapBefore, gapAfter) <= NEIGHBOUR_GAP && nearest.kept();
            decided.add(new Window(w.start(), w.end(), w.score(), kept));
        }
        return decided;
    }

    private static Window scored(List<Window> windows, int from, int step) {
        for (int i = from + step; i >= 0 && i < windows.size(); i += step) {
            if (!Double.isNaN(windows.get(i).score())) {
                return windows.get(i);
            }
        }
        return null;
    }

    static List<SpeechSegment> join(List<Window> windows) {
        List<SpeechSegment> kept = new ArrayList<>();
        for (Window w : windows) {
            if (!w.kept()) {
                continue;
            }
            int last = kept.size() - 1;
            if (last >= 0 && w.start() <= kept.get(last).end() + 1e-6) {
                kept.set(last, new SpeechSegment(kept.get(last).start(), Math.max(kept.get(last).end(), w.end())));
            } else {
                kept.add(new SpeechSegment(w.start(), w.end()));
            }
        }
        return kept;
    }

    private static double seconds(long samples) {
        return (double) samples / SpeakerSearch.RATE;
    }
}
