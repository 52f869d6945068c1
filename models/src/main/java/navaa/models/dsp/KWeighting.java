package navaa.models.dsp;

import java.io.Serializable;

/**
 * K-weighting of ITU-R BS.1770-4 (section 2.1): the high-shelf pre-filter (+4 dB above about
 * 1.5 kHz, modelling the head) followed by the RLB high-pass (about 38 Hz), one pair of
 * biquads per channel of an interleaved {@code float} stream.
 *
 * <p>The standard publishes coefficients for 48 kHz only. As libebur128 does, they are derived
 * here from the analogue prototypes (centre frequency in Hz, gain in dB, Q) through the bilinear
 * transform, which reproduces the published 48 kHz values to about 1e-15 and so serves every
 * sample rate with one formula.
 */
public final class KWeighting {

    /** The filter memory of every channel, to resume a stream after a checkpoint. */
    record State(int channels, int sampleRate, double[] memory) implements Serializable {
        State {
            // copied going in; only restore reads it, and it copies it out
            memory = memory.clone();
        }
    }

    private static final int MEMORY_PER_CHANNEL = 4;

    private final int channels;
    private final int sampleRate;
    private final Biquad pre;
    private final Biquad rlb;
    /** Transposed direct form II: two state variables per biquad, per channel. */
    private final double[] memory;

    /** @param sampleRate in Hz */
    public KWeighting(int channels, int sampleRate) {
        if (channels < 1 || sampleRate < 1) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.pre = preFilter(sampleRate);
        this.rlb = rlbHighPass(sampleRate);
        this.memory = new double[channels * MEMORY_PER_CHANNEL];
    }

    /** Stage 1, the high shelf: f0 = 1681.97 Hz, G = +4.0 dB, Q = 0.7072 (libebur128's fit to BS.1770). */
    public static Biquad preFilter(int sampleRate) {
        double k = Math.tan(Math.PI * 1681.974450955533 / sampleRate);
        double q = 0.7071752369554196;
        double vh = Math.pow(10.0, 3.999843853973347 / 20.0);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / q + k * k;
        return new Biquad((vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                (vh - vb * k / q + k * k) / a0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0);
    }

    /** Stage 2, the revised low-frequency B-curve high-pass: f0 = 38.14 Hz, Q = 0.5003; b is [1, -2, 1] as published. */
    public static Biquad rlbHighPass(int sampleRate) {
        double k = Math.tan(Math.PI * 38.13547087602444 / sampleRate);
        double q = 0.5003270373238773;
        double a0 = 1.0 + k / q + k * k;
        return new Biquad(1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0);
    }

    public int channels() {
        return channels;
    }

    /** Filters one sample of {@code channel}; the caller feeds channels in stream order. */
    public double next(int channel, double sample) {
        int at = channel * MEMORY_PER_CHANNEL;
        return section(rlb, at + 2, section(pre, at, sample));
    }

    /** Filters {@code frames} interleaved frames from {@code in} into {@code out} (may be the same array). */
    public void process(float[] in, float[] out, int frames) {
        for (int i = 0, n = frames * channels; i < n; i++) {
            out[i] = (float) next(i % channels, in[i]);
        }
    }

    private double section(Biquad f, int at, double x) {
        double y = f.b0() * x + memory[at];
        memory[at] = f.b1() * x - f.a1() * y + memory[at + 1];
        memory[at + 1] = f.b2() * x - f.a2() * y;
        return y;
    }

    public State snapshot() {
        return new State(channels, sampleRate, memory);
    }

    public void restore(State state) {
        if (state.channels() != channels || state.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("state of a " + state.channels() + "-channel "
                    + state.sampleRate() + " Hz filter, this one is " + channels + "-channel " + sampleRate + " Hz");
        }
        System.arraycopy(state.memory(), 0, memory, 0, memory.length);
    }
}
