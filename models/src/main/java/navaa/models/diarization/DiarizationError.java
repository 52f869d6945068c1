package navaa.models.diarization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diarization error rate as NIST's md-eval scores it: on a 10 ms grid, each scored frame
 * counts its reference speakers as time to find; missed speech, false alarm and speaker
 * confusion are counted per frame after pairing hypothesis with reference speakers in the
 * way that maximises their overlap. A collar around every reference boundary is not
 * scored (people disagree by a few hundred milliseconds on where a turn starts).
 * Optionally frames where the reference has more than one speaker are left out, which
 * gives the "without overlap" figure.
 */
public final class DiarizationError {

    /** md-eval's grid is continuous; 10 ms is finer than any collar or turn that matters. */
    static final double STEP = 0.01;

    private final double collar;
    private final boolean skipOverlap;

    public DiarizationError(double collar, boolean skipOverlap) {
        this.collar = collar;
        this.skipOverlap = skipOverlap;
    }

    /** Seconds of each kind of error over the scored reference speech, and the rate. */
    public record Score(double reference, double missed, double falseAlarm, double confusion) {

        public double rate() {
            return reference == 0 ? 0 : (missed + falseAlarm + confusion) / reference;
        }

        public Score plus(Score other) {
            return new Score(reference + other.reference, missed + other.missed, falseAlarm + other.falseAlarm,
                    confusion + other.confusion);
        }
    }

    public Score score(List<SpeakerTurn> reference, List<SpeakerTurn> hypothesis) {
        double end = 0;
        for (SpeakerTurn t : reference) {
            end = Math.max(end, t.end());
        }
        for (SpeakerTurn t : hypothesis) {
            end = Math.max(end, t.end());
        }
        int frames = (int) Math.ceil(end / STEP);
        Map<String, Integer> refIds = ids(reference);
        Map<String, Integer> hypIds = ids(hypothesis);
        boolean[][] ref = activity(reference, refIds, frames);
        boolean[][] hyp = activity(hypothesis, hypIds, frames);
        boolean[] scored = scoredFrames(reference, ref, frames);

        double[][] overlap = new double[hypIds.size()][refIds.size()];
        for (int f = 0; f < frames; f++) {
            if (!scored[f]) {
                continue;
            }
            for (int h = 0; h < hyp.length; h++) {
                if (hyp[h][f]) {
                    for (int r = 0; r < ref.length; r++) {
                        if (ref[r][f]) {
                            overlap[h][r] += 1;
                        }
                    }
                }
            }
        }
        int[] pair = OptimalAssignment.maximise(overlap);

        long total = 0;
        long missed = 0;
        long falseAlarm = 0;
        long confusion = 0;
        for (int f = 0; f < frames; f++) {
            if (!scored[f]) {
                continue;
            }
            int nRef = 0;
            for (boolean[] r : ref) {
                nRef += r[f] ? 1 : 0;
            }
            int nHyp = 0;
            int correct = 0;
            for (int h = 0; h < hyp.length; h++) {
                if (hyp[h][f]) {
                    nHyp++;
                    if (pair[h] >= 0 && ref[pair[h]][f]) {
                        correct++;
                    }
                }
            }
            total += nRef;
            missed += Math.max(0, nRef - nHyp);
            falseAlarm += Math.max(0, nHyp - nRef);
            confusion += Math.min(nRef, nHyp) - correct;
        }
        return new Score(total * STEP, missed * STEP, falseAlarm * STEP, confusion * STEP);
    }

    private boolean[] scoredFrames(List<SpeakerTurn> reference, boolean[][] ref, int frames) {
        boolean[] scored = new boolean[frames];
        java.util.Arrays.fill(scored, true);
        for (SpeakerTurn t : reference) {
            for (double boundary : new double[]{t.start(), t.end()}) {
                int from = Math.max(0, (int) Math.round((boundary - collar) / STEP));
                int to = Math.min(frames, (int) Math.round((boundary + collar) / STEP));
                for (int f = from; f < to; f++) {
                    scored[f] = false;
                }
            }
        }
        if (skipOverlap) {
            for (int f = 0; f < frames; f++) {
                int n = 0;
                for (boolean[] r : ref) {
                    n += r[f] ? 1 : 0;
                }
                if (n > 1) {
                    scored[f] = false;
                }
            }
        }
        return scored;
    }

    private static Map<String, Integer> ids(List<SpeakerTurn> turns) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (SpeakerTurn t : turns) {
            ids.putIfAbsent(t.speaker(), ids.size());
        }
        return ids;
    }

    /** Frame f covers [f·STEP, (f+1)·STEP); a turn holds the frames whose centre it covers. */
    private static boolean[][] activity(List<SpeakerTurn> turns, Map<String, Integer> ids, int frames) {
        boolean[][] active = new boolean[ids.size()][frames];
        for (SpeakerTurn t : turns) {
            int from = (int) Math.round(t.start() / STEP);
            int to = Math.min(frames, (int) Math.round(t.end() / STEP));
            boolean[] row = active[ids.get(t.speaker())];
            for (int f = from; f < to; f++) {
                row[f] = true;
            }
        }
        return active;
    }

    /** Speakers in order of first appearance. */
    public static List<String> speakers(List<SpeakerTurn> turns) {
        return new ArrayList<>(ids(turns).keySet());
    }
}
