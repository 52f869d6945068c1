package navaa.models.separation;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The magnitude spectra of the last {@code frames} STFT frames, a ring indexed by frame number,
 * each value stored as a 16-bit level in hundredths of a decibel. The separators' median
 * filters only compare levels, and a median commutes with a monotone map, so they work on the
 * stored shorts directly; 16 bits keep the ring half the size of floats in every checkpoint,
 * with a resolution (0.01 dB) far below audibility. Frames before the stream began are silent.
 * <p>
 * The live stream uses the quantised values too, so a restored stream computes exactly what
 * the uninterrupted one did.
 */
final class LogSpectrogram {

    /** The level of silence (and of anything under −327 dB). */
    static final short SILENCE = Short.MIN_VALUE;
    /** Steps per decade of magnitude: 100 per dB. */
    private static final double STEPS_PER_DECADE = 2000;
    /** Magnitude of every level, 256 KB shared by all instances. */
    private static final float[] MAGNITUDES = new float[1 << 16];

    static {
        for (int q = Short.MIN_VALUE + 1; q <= Short.MAX_VALUE; q++) {
            MAGNITUDES[q - Short.MIN_VALUE] = (float) Math.pow(10, q / STEPS_PER_DECADE);
        }
    }

    /**
     * @param levels the ring's levels, frame after frame, oldest slot first as stored
     * @param norms  each slot's Euclidean norm of linear magnitudes
     * @param pushed frames pushed since the stream began
     */
    record State(short[] levels, float[] norms, long pushed) implements Serializable {
        State {
        // copied going in; only this class's restore reads them, and it copies them out
            levels = levels.clone();
            norms = norms.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof State that && pushed == that.pushed && Arrays.equals(levels, that.levels)
                    && Arrays.equals(norms, that.norms);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pushed) * 31 + Arrays.hashCode(norms);
        }

        @Override
        public String toString() {
            return "spectrogram of " + norms.length + " frames after " + pushed;
        }
    }

    private final int bins;
    private final int frames;
    private final short[] levels;
    private final float[] norms;
    private long pushed;

    /** @param frames how many frames it keeps, the newest included */
    LogSpectrogram(int bins, int frames) {
        this.bins = bins;
        this.frames = frames;
        levels = new short[bins * frames];
        norms = new float[frames];
        Arrays.fill(levels, SILENCE);
    }

    static short level(double magnitude) {
        if (!(magnitude > 0)) {
            return SILENCE;
        }
        double q = Math.rint(STEPS_PER_DECADE * Math.log10(magnitude));
        return (short) Math.max(Short.MIN_VALUE + 1, Math.min(Short.MAX_VALUE, q));
    }

    static float magnitude(short level) {
        return MAGNITUDES[level - Short.MIN_VALUE];
    }

    /** Appends a frame's magnitudes (bins of them); it becomes the newest. */
    void push(float[] magnitudes) {
        int at = slot(pushed);
        double energy = 0;
        for (int k = 0; k < bins; k++) {
            short q = level(magnitudes[k]);
            levels[at + k] = q;
            float m = magnitude(q);
            energy += (double) m * m;
        }
        norms[at / bins] = (float) Math.sqrt(energy);
        pushed++;
    }

    /** Number of the newest frame (−1 before the first push). */
    long newest() {
        return pushed - 1;
    }

    int bins() {
        return bins;
    }

    int capacity() {
        return frames;
    }

    /** Where frame {@code frame} starts in {@link #levels()}; frames older than the ring hold are silent or overwritten. */
    int slot(long frame) {
        return (int) Math.floorMod(frame, (long) frames) * bins;
    }

    /** The levels of all slots: index with {@link #slot}, do not change. */
    short[] levels() {
        return levels;
    }

    /** The norm of linear magnitudes of a frame the ring holds (0 for a silent one). */
    float norm(long frame) {
        return norms[slot(frame) / bins];
    }

    State snapshot() {
        return new State(levels, norms, pushed);
    }

    void restore(State state) {
        if (state.levels.length != levels.length || state.norms.length != norms.length) {
            throw new IllegalArgumentException("a spectrogram state of " + state.levels.length + " levels, this one keeps "
                    + levels.length);
        }
        System.arraycopy(state.levels, 0, levels, 0, levels.length);
        System.arraycopy(state.norms, 0, norms, 0, norms.length);
        pushed = state.pushed;
    }
}
