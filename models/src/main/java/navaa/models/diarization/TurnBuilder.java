package navaa.models.diarization;

import navaa.models.vad.SpeechSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * Speaker turns from labelled windows: within each stretch of speech, every 10 ms takes
 * the speaker most of the windows covering it were given (the nearest window's speaker on
 * a tie), so a change of speaker falls between the windows that disagree rather than at a
 * window's edge. Turns shorter than {@link #MIN_TURN} are flips of a window or two and go
 * to the speaker around them; a stretch no window covers (too short to embed) takes the
 * speaker of the nearest window in time.
 */
public final class TurnBuilder {

    /** A speaker change shorter than this is noise, not a turn (a quick "yes" is about this long). */
    static final double MIN_TURN = 0.4;
    /** A pause up to this long inside one speaker's speech does not end the turn. */
    static final double JOIN_PAUSE = 0.3;

    private static final double STEP = 0.01;

    private TurnBuilder() {
    }

    /** Turns as speaker numbers over the speech; {@code labels[i]} is window i's speaker. */
    public static List<LabelledTurn> turns(List<SpeechSegment> speech, List<EmbeddedWindow> windows, int[] labels) {
        List<LabelledTurn> turns = new ArrayList<>();
        if (windows.isEmpty()) {
            return turns;
        }
        int first = 0;
        for (SpeechSegment region : speech) {
            while (first < windows.size() && windows.get(first).end() <= region.start()) {
                first++;
            }
            List<LabelledTurn> regionTurns = region(region, windows, labels, first);
            turns.addAll(smoothed(regionTurns));
        }
        return joined(turns);
    }

    /** A turn of speaker number {@code speaker}. */
    public record LabelledTurn(double start, double end, int speaker) {
        double duration() {
            return end - start;
        }
    }

    private static List<LabelledTurn> region(SpeechSegment region, List<EmbeddedWindow> windows, int[] labels, int first) {
        List<Integer> covering = new ArrayList<>();
        for (int w = first; w < windows.size() && windows.get(w).start() < region.end(); w++) {
            if (windows.get(w).end() > region.start()) {
                covering.add(w);
            }
        }
        List<LabelledTurn> turns = new ArrayList<>();
        if (covering.isEmpty()) {
            turns.add(new LabelledTurn(region.start(), region.end(), labels[nearest(windows, (region.start() + region.end()) / 2)]));
            return turns;
        }
        int speakers = 0;
        for (int w : covering) {
            speakers = Math.max(speakers, labels[w] + 1);
        }
        int steps = Math.max(1, (int) Math.round(region.duration() / STEP));
        int current = -1;
        double turnStart = region.start();
        for (int s = 0; s < steps; s++) {
            double t = region.start() + (s + 0.5) * region.duration() / steps;
            int[] votes = new int[speakers];
            int nearest = -1;
            double nearestDistance = Double.MAX_VALUE;
            for (int w : covering) {
                EmbeddedWindow window = windows.get(w);
                double distance = Math.abs(window.centre() - t);
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = labels[w];
                }
                if (window.start() <= t && t < window.end()) {
                    votes[labels[w]]++;
                }
            }
            int speaker = nearest;
            for (int c = 0; c < speakers; c++) {
                if (votes[c] > votes[speaker]) {
                    speaker = c;
                }
            }
            if (speaker != current) {
                double at = region.start() + s * region.duration() / steps;
                if (current >= 0) {
                    turns.add(new LabelledTurn(turnStart, at, current));
                }
                current = speaker;
                turnStart = at;
            }
        }
        turns.add(new LabelledTurn(turnStart, region.end(), current));
        return turns;
    }

    /** Turns shorter than MIN_TURN join a neighbour: the longer one beside them. */
    private static List<LabelledTurn> smoothed(List<LabelledTurn> turns) {
        List<LabelledTurn> out = new ArrayList<>(turns);
        boolean changed = true;
        while (changed && out.size() > 1) {
            changed = false;
            int shortest = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).duration() < MIN_TURN && (shortest < 0 || out.get(i).duration() < out.get(shortest).duration())) {
                    shortest = i;
                }
            }
            if (shortest >= 0) {
                LabelledTurn t = out.get(shortest);
                LabelledTurn before = shortest > 0 ? out.get(shortest - 1) : null;
                LabelledTurn after = shortest + 1 < out.size() ? out.get(shortest + 1) : null;
                LabelledTurn into = before == null ? after : after == null ? before : before.duration() >= after.duration() ? before : after;
                out.set(shortest, new LabelledTurn(t.start, t.end, into.speaker));
                out = merged(out);
                changed = true;
            }
        }
        return out;
    }

    private static List<LabelledTurn> merged(List<LabelledTurn> turns) {
        List<LabelledTurn> out = new ArrayList<>();
        for (LabelledTurn t : turns) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).speaker == t.speaker && t.start - out.get(last).end <= 1e-9) {
                out.set(last, new LabelledTurn(out.get(last).start, t.end, t.speaker));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The same speaker across a short pause is one turn. */
    private static List<LabelledTurn> joined(List<LabelledTurn> turns) {
        List<LabelledTurn> out = new ArrayList<>();
        for (LabelledTurn t : turns) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).speaker == t.speaker && t.start - out.get(last).end <= JOIN_PAUSE) {
                out.set(last, new LabelledTurn(out.get(last).start, t.end, t.speaker));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static int nearest(List<EmbeddedWindow> windows, double t) {
        int best = 0;
        for (int w = 1; w < windows.size(); w++) {
            if (Math.abs(windows.get(w).centre() - t) < Math.abs(windows.get(best).centre() - t)) {
                best = w;
            }
        }
        return best;
    }
}
