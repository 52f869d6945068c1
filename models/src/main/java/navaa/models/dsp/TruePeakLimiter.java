package navaa.models.dsp;

import navaa.models.stream.BlockKernel;
import navaa.models.stream.FrameStepped;

import java.io.Serializable;

/**
 * Look-ahead limiter that keeps the true peak (BS.1770-4 Annex 2, as {@link TruePeakMeter}
 * measures it) of its output at or under a ceiling in dBTP. Detection runs on the input
 * oversampled by the meter's own {@link Oversampler}; one gain, linked across channels, comes
 * from {@link LimiterGain}: instant attack as a 5 ms ramp that ends before the peak, 80 ms
 * release. The audio is delayed so that the gain is at its lowest over all the samples the
 * interpolator combines into the peak. A gain that still varies across those samples can lift
 * an interpolated point a little above its share: with no margin, white noise limited by 30 dB
 * overshot by up to 0.003 dB at 8 kHz (where the ramps are shortest), so the target is 0.1 dB
 * under the ceiling.
 *
 * <p>Output is the input delayed by {@link #latencyFrames()}, with the delay taken out: the
 * first calls return fewer frames than they take and {@link #flush(float[])} returns the rest,
 * so the output is exactly as long as the input and aligned with it.
 */
public final class TruePeakLimiter extends FrameStepped {

    public record State(int channels, int sampleRate, double ceilingDbtp, Oversampler.State detector,
                        LimiterGain.State gain, float[] delay, long received, long pushed)
            implements Serializable {
        public State {
            delay = delay.clone();
        }

        @Override
        public float[] delay() {
            return delay.clone();
        }
    }

    public static final double DEFAULT_CEILING_DBTP = -1.0;
    private static final double MARGIN_DB = 0.1;
    private static final double LOOK_AHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.080;
    /** Input frames either side of an interpolated point that it is built from. */
    private static final int SPAN = Oversampler.DELAY_FRAMES;

    private final int sampleRate;
    private final double ceilingDbtp;
    private final double target;
    private final Oversampler detector;
    private final LimiterGain gain;
    /** The last {@code latency} input frames, a ring indexed by frame. */
    private final float[] delay;

    public TruePeakLimiter(int channels, int sampleRate) {
        this(channels, sampleRate, DEFAULT_CEILING_DBTP);
    }

    /**
     * @param sampleRate  in Hz
     * @param ceilingDbtp the output's highest true peak, in dBTP
     */
    public TruePeakLimiter(int channels, int sampleRate, double ceilingDbtp) {
        super(channels, latency(checked(channels, sampleRate)));
        this.sampleRate = sampleRate;
        this.ceilingDbtp = ceilingDbtp;
        this.target = Math.pow(10, (ceilingDbtp - MARGIN_DB) / 20);
        this.detector = new Oversampler(channels, sampleRate);
        int lookAhead = lookAhead(sampleRate);
        this.gain = new LimiterGain(lookAhead, lookAhead + 2 * SPAN + 1, RELEASE_SECONDS * sampleRate);
        this.delay = new float[latency * channels];
    }

    private static int checked(int channels, int sampleRate) {
        if (channels < 1 || sampleRate < 1) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        return sampleRate;
    }

    private static int lookAhead(int sampleRate) {
        return Math.max(1, (int) Math.round(LOOK_AHEAD_SECONDS * sampleRate));
    }

    /**
     * The points found as frame n arrives lie {@link Oversampler#DELAY_FRAMES} back and are
     * built from the input frames up to {@link #SPAN} either side of them: all of those must
     * meet the lowest gain.
     */
    private static int latency(int sampleRate) {
        return Oversampler.DELAY_FRAMES + SPAN + lookAhead(sampleRate) - 1;
    }

    /** Frames by which the output lags the input inside the limiter, about 5.4 ms. */
    public int latencyFrames() {
        return latency;
    }

    /**
     * One frame in (silence when {@code in} is null), at most one out; {@code out} may be
     * {@code in}, so {@link #process} limits in place. Output is written only after the first
     * {@link #latencyFrames()} frames of the stream.
     */
    @Override
    protected int step(float[] in, int at, float[] out, int written) {
        double peak = in == null ? detector.pushSilence() : detector.push(in, at);
        double g = gain.next(peak > target ? target / peak : 1.0);
        int slot = (int) (pushed % latency) * channels;
        boolean due = ++pushed > latency;
        for (int c = 0; c < channels; c++) {
            float delayed = delay[slot + c];
            delay[slot + c] = in == null ? 0f : in[at + c];
            if (due) {
                out[written * channels + c] = (float) (delayed * g);
            }
        }
        return due ? 1 : 0;
    }

    @Override
    public State snapshot() {
        return new State(channels, sampleRate, ceilingDbtp, detector.snapshot(), gain.snapshot(),
                delay, taken, pushed);
    }

    /** Continues from {@code state}, taken from a limiter of the same channels, rate and ceiling. */
    @Override
    public void restore(Serializable saved) {
        State state = BlockKernel.stateOf(State.class, saved);
        if (state.channels() != channels || state.sampleRate() != sampleRate || state.ceilingDbtp() != ceilingDbtp) {
            throw new IllegalArgumentException("state of another limiter: " + state.channels() + " channels, "
                    + state.sampleRate() + " Hz, " + state.ceilingDbtp() + " dBTP");
        }
        detector.restore(state.detector());
        gain.restore(state.gain());
        System.arraycopy(state.delay(), 0, delay, 0, delay.length);
        taken = state.received();
        pushed = state.pushed();
    }
}
