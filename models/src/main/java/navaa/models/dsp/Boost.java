package navaa.models.dsp;

import navaa.models.stream.BlockKernel;

import java.io.Serializable;

/**
 * The product's boost: a gain of {@code 20 log10(factor)} dB (factor 2 to 5, so +6.02 to
 * +13.98 dB), then a {@link TruePeakLimiter} at −1 dBTP so that the output never clips, not
 * even between samples once converted to analogue or to a lossy codec. The gain is the integer
 * factor itself, so where the limiter leaves the signal alone the output is exactly
 * {@code factor} times the input.
 */
public final class Boost implements BlockKernel {

    public record State(int factor, TruePeakLimiter.State limiter) implements Serializable {
    }

    public static final double CEILING_DBTP = -1.0;

    private final int factor;
    private final int channels;
    private final TruePeakLimiter limiter;

    /**
     * @param factor     2 to 5
     * @param sampleRate in Hz
     */
    public Boost(int factor, int channels, int sampleRate) {
        if (factor < 2 || factor > 5) {
            throw new IllegalArgumentException("boost factor must be 2 to 5, was " + factor);
        }
        this.factor = factor;
        this.channels = channels;
        this.limiter = new TruePeakLimiter(channels, sampleRate, CEILING_DBTP);
    }

    /** The gain before limiting in dB: 20 log10(factor). */
    public static double gainDb(int factor) {
        return 20 * Math.log10(factor);
    }

    /** Frames by which the limiter delays the signal; {@link #process} and {@link #flush} take the delay out. */
    public int latencyFrames() {
        return limiter.latencyFrames();
    }

    /**
     * Boosts {@code frames} interleaved frames of {@code in} into {@code out} (which may be
     * {@code in}); returns the frames written, as {@link TruePeakLimiter#process} does.
     */
    @Override
    public int process(float[] in, float[] out, int frames) {
        for (int i = 0, n = frames * channels; i < n; i++) {
            out[i] = in[i] * factor;
        }
        return limiter.process(out, out, frames);
    }

    /** Ends the stream; writes the remaining frames, at most {@link #latencyFrames()}, and returns their count. */
    @Override
    public int flush(float[] out) {
        return limiter.flush(out);
    }

    @Override
    public int maxFlushFrames() {
        return latencyFrames();
    }

    @Override
    public State snapshot() {
        return new State(factor, limiter.snapshot());
    }

    /** Continues from {@code state}, taken from a boost of the same factor, channels and rate. */
    @Override
    public void restore(Serializable saved) {
        State state = BlockKernel.stateOf(State.class, saved);
        if (state.factor() != factor) {
            throw new IllegalArgumentException("state of a x" + state.factor() + " boost, this one is x" + factor);
        }
        limiter.restore(state.limiter());
    }
}
