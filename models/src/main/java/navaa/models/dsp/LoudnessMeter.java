package navaa.models.dsp;

import java.io.Serializable;
import java.util.stream.DoubleStream;

/**
 * Integrated loudness in LUFS (LKFS) per ITU-R BS.1770-4, fed block by block: K-weighting
 * (section 2.1), mean square over 400 ms gating blocks that overlap by 75 % (section 2.8),
 * channel weights (table 3), the absolute gate at −70 LUFS and the relative gate 10 LU under
 * the mean of the blocks that pass it. Memory is fixed whatever the length of the stream: the
 * blocks are kept as a {@link LoudnessHistogram}.
 *
 * <p>Blocks step by 100 ms rounded to whole samples, so at rates that are not a multiple of
 * 10 Hz a block is a fraction of a sample longer or shorter than 400 ms.
 */
public final class LoudnessMeter {

    /** Everything a restarted job needs to continue the measurement exactly. */
    record State(int channels, int sampleRate, KWeighting.State filter, double partEnergy,
                 int partFrames, double[] recentParts, long parts,
                 LoudnessHistogram.State histogram) implements Serializable {
        State {
            // copied going in; only restore reads it, and it copies it out
            recentParts = recentParts.clone();
        }
    }

    /** A gating block is four steps of 100 ms; the last three completed steps are remembered. */
    private static final int PARTS_PER_BLOCK = 4;

    private final int channels;
    private final int sampleRate;
    private final double[] weights;
    private final KWeighting filter;
    private final int partFrames;
    private final LoudnessHistogram histogram = new LoudnessHistogram();
    private final double[] recentParts = new double[PARTS_PER_BLOCK - 1];
    private double partEnergy;
    private int framesInPart;
    private long parts;

    /** A meter weighing the channels as {@link #channelWeights(int)} does; {@code sampleRate} in Hz. */
    public LoudnessMeter(int channels, int sampleRate) {
        this(sampleRate, channelWeights(channels));
    }

    /** A meter with the weights G_i of table 3 per channel, in stream order; 0 leaves a channel (an LFE) out. */
    public LoudnessMeter(int sampleRate, double[] weights) {
        this.channels = weights.length;
        this.sampleRate = sampleRate;
        this.weights = weights.clone();
        this.filter = new KWeighting(channels, sampleRate);
        this.partFrames = (int) Math.round(sampleRate / 10.0);
    }

    /**
     * Table 3 for the usual layouts: 1.0 for every channel of mono and stereo; 5.1 in the order
     * L, R, C, LFE, Ls, Rs (as FFmpeg and WAV have it) weighs the LFE 0 and the surrounds 1.41
     * (+1.5 dB); 5.0 is L, R, C, Ls, Rs. Other counts weigh every channel 1.0.
     */
    public static double[] channelWeights(int channels) {
        return switch (channels) {
            case 5 -> new double[] {1.0, 1.0, 1.0, 1.41, 1.41};
            case 6 -> new double[] {1.0, 1.0, 1.0, 0.0, 1.41, 1.41};
            default -> DoubleStream.generate(() -> 1.0).limit(channels).toArray();
        };
    }

    /** Measures {@code frames} interleaved frames of {@code samples} in [-1, 1]. */
    public void add(float[] samples, int frames) {
        for (int f = 0, i = 0; f < frames; f++) {
            double weighted = 0;
            for (int c = 0; c < channels; c++, i++) {
                double y = filter.next(c, samples[i]);
                weighted += weights[c] * y * y;
            }
            partEnergy += weighted;
            if (++framesInPart == partFrames) {
                closePart();
            }
        }
    }

    /** Ends a 100 ms step; from the fourth on, each ends a 400 ms gating block (eq. 3). */
    private void closePart() {
        parts++;
        if (parts >= PARTS_PER_BLOCK) {
            double blockEnergy = partEnergy + recentParts[0] + recentParts[1] + recentParts[2];
            histogram.add(blockEnergy / (PARTS_PER_BLOCK * (double) partFrames));
        }
        recentParts[0] = recentParts[1];
        recentParts[1] = recentParts[2];
        recentParts[2] = partEnergy;
        partEnergy = 0;
        framesInPart = 0;
    }

    /** Gated loudness of everything added so far in LUFS; negative infinity for silence or under 400 ms. */
    public double integratedLufs() {
        return histogram.integratedLufs();
    }

    public State snapshot() {
        return new State(channels, sampleRate, filter.snapshot(), partEnergy, framesInPart,
                recentParts, parts, histogram.snapshot());
    }

    /** Continues from {@code state}, taken from a meter of the same channels and sample rate. */
    public void restore(State state) {
        filter.restore(state.filter());
        System.arraycopy(state.recentParts(), 0, recentParts, 0, recentParts.length);
        partEnergy = state.partEnergy();
        framesInPart = state.partFrames();
        parts = state.parts();
        histogram.restore(state.histogram());
    }
}
