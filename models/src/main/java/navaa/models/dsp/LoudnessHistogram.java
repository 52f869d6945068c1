package navaa.models.dsp;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The gating blocks of BS.1770-4 section 2.8 reduced to a histogram of their loudness: 0.01 LU
 * bins from the absolute gate, −70 LUFS, to +30 LUFS (libebur128 keeps 0.1 LU bins over the same
 * span). Integrating the gated mean from bin centres is off by at most half a bin, 0.005 LU,
 * while a list of blocks would grow by ten entries per second of audio (36 000 an hour, per
 * meter, held and checkpointed by a batch job); 10 000 counters stay the same for any length.
 */
final class LoudnessHistogram {

    /** Only the occupied bins, so that a checkpoint is small: speech fills a few thousand at most. */
    record State(int[] bins, int[] counts) implements Serializable {
        State {
        // copied going in; only this class's restore reads them, and it copies them out
            bins = bins.clone();
            counts = counts.clone();
        }
    }

    static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;
    private static final double MAX_LUFS = 30.0;
    private static final double BIN_LU = 0.01;
    private static final int BINS = (int) Math.round((MAX_LUFS - ABSOLUTE_GATE_LUFS) / BIN_LU);

    private final int[] counts = new int[BINS];

    /** Adds one gating block given its weighted mean square, the sum over channels of G_i z_ij (eq. 4). */
    void add(double weightedMeanSquare) {
        double lufs = loudness(weightedMeanSquare);
        if (lufs > ABSOLUTE_GATE_LUFS) {
            // louder than +30 LUFS needs several full-scale channels of treble; counted as +30
            counts[Math.min(BINS - 1, (int) ((lufs - ABSOLUTE_GATE_LUFS) / BIN_LU))]++;
        }
    }

    /** Gated loudness per eq. 5 and 6 in LUFS, or negative infinity when no block passes the absolute gate. */
    double integratedLufs() {
        double relativeGate = gatedMean(0) + RELATIVE_GATE_LU;
        int from = (int) Math.max(0, Math.ceil((relativeGate - ABSOLUTE_GATE_LUFS) / BIN_LU - 0.5));
        return gatedMean(Math.min(from, BINS));
    }

    private double gatedMean(int fromBin) {
        long blocks = 0;
        double energy = 0;
        for (int i = fromBin; i < BINS; i++) {
            if (counts[i] != 0) {
                blocks += counts[i];
                energy += counts[i] * meanSquare(ABSOLUTE_GATE_LUFS + (i + 0.5) * BIN_LU);
            }
        }
        return blocks == 0 ? Double.NEGATIVE_INFINITY : loudness(energy / blocks);
    }

    /** Eq. 4: L = −0.691 + 10 log10(Σ G_i z_i); the −0.691 dB offsets the K-filter's gain at 997 Hz. */
    static double loudness(double weightedMeanSquare) {
        return -0.691 + 10 * Math.log10(weightedMeanSquare);
    }

    private static double meanSquare(double lufs) {
        return Math.pow(10.0, (lufs + 0.691) / 10.0);
    }

    State snapshot() {
        int used = (int) Arrays.stream(counts).filter(c -> c != 0).count();
        int[] bins = new int[used];
        int[] occupied = new int[used];
        for (int i = 0, j = 0; i < BINS; i++) {
            if (counts[i] != 0) {
                bins[j] = i;
                occupied[j++] = counts[i];
            }
        }
        return new State(bins, occupied);
    }

    void restore(State state) {
        Arrays.fill(counts, 0);
        int[] bins = state.bins();
        int[] occupied = state.counts();
        for (int j = 0; j < bins.length; j++) {
            counts[bins[j]] = occupied[j];
        }
    }
}
