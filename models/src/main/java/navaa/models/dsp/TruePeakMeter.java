package navaa.models.dsp;

import java.io.Serializable;

/**
 * True peak per ITU-R BS.1770-4 Annex 2: the largest absolute value of the signal oversampled
 * by {@link Oversampler} (4x below 96 kHz), over all channels, in dBTP relative to full scale.
 * The stream is taken to be silent before its first and after its last sample, so the ringing
 * of the interpolator at the end is measured too.
 */
public final class TruePeakMeter {

    /** Peak so far and the interpolator's history, to resume after a checkpoint. */
    public record State(int channels, int sampleRate, double peak, Oversampler.State history)
            implements Serializable {
    }

    private final int channels;
    private final int sampleRate;
    private final Oversampler oversampler;
    /** Measures the end of the stream without disturbing the real history. */
    private final Oversampler tail;
    private double peak;

    /** @param sampleRate in Hz */
    public TruePeakMeter(int channels, int sampleRate) {
        if (channels < 1 || sampleRate < 1) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.oversampler = new Oversampler(channels, sampleRate);
        this.tail = new Oversampler(channels, sampleRate);
    }

    /** True peak of a whole interleaved signal in dBTP. */
    public static double measureDbtp(float[] samples, int channels, int sampleRate) {
        TruePeakMeter meter = new TruePeakMeter(channels, sampleRate);
        meter.add(samples, samples.length / channels);
        return meter.truePeakDbtp();
    }

    /** Measures {@code frames} interleaved frames of {@code samples}. */
    public void add(float[] samples, int frames) {
        for (int f = 0; f < frames; f++) {
            peak = Math.max(peak, oversampler.push(samples, f * channels));
        }
    }

    /** True peak so far as a linear amplitude (1.0 is full scale), including the stream's end. */
    public double truePeak() {
        tail.copyFrom(oversampler);
        double ending = 0;
        for (int f = 0; f < Oversampler.TAPS; f++) {
            ending = Math.max(ending, tail.pushSilence());
        }
        return Math.max(peak, ending);
    }

    /** True peak so far in dBTP, 20 log10 of {@link #truePeak()}; negative infinity for silence. */
    public double truePeakDbtp() {
        return 20 * Math.log10(truePeak());
    }

    public State snapshot() {
        return new State(channels, sampleRate, peak, oversampler.snapshot());
    }

    /** Continues from {@code state}, taken from a meter of the same channels and sample rate. */
    public void restore(State state) {
        if (state.channels() != channels || state.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("state of a " + state.channels() + "-channel "
                    + state.sampleRate() + " Hz meter, this one is " + channels + "-channel " + sampleRate + " Hz");
        }
        oversampler.restore(state.history());
        peak = state.peak();
    }
}
