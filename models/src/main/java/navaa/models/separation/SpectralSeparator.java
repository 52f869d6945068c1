package navaa.models.separation;

import navaa.models.denoise.RealFft;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Vocal/accompaniment separation by signal processing alone, streaming: a short-time Fourier
 * transform (periodic Hann window, frame and hop from {@link StftGeometry}: 4096/1024 at
 * 44.1 kHz), a soft vocal mask per bin from a {@link VocalMask}, and overlap-add of the masked
 * frames back to samples. The instrumental is the input minus the vocals, sample by sample, so
 * the two stems add up to the input (to within a float rounding).
 * <p>
 * Two methods:
 * <ul>
 *   <li>{@link #centreSideHarmonic(int)}, stereo: the harmonic, non-repeating part of what is
 *       panned to the centre ({@link CentreHarmonicMask}: Avendano and Jot 2004, FitzGerald
 *       2010, Rafii and Pardo 2012/2013);</li>
 *   <li>{@link #hpssRepet(int, int)}, any channel count: what is harmonic and does not repeat
 *       ({@link RepeatingHarmonicMask}: FitzGerald 2010, Rafii and Pardo 2012/2013), decided on
 *       the mean of the channels. More than two channels are separated through that downmix:
 *       each channel keeps its own signal under the common mask.</li>
 * </ul>
 * <p>
 * <b>Latency.</b> The mask of a frame waits for the frames of its look-ahead (the harmonic
 * median, ±50 ms), and a sample is complete once the last frame over it is added: the output
 * lags by {@code lookahead·hop + frame − 1} frames (6143 = 139 ms at 44.1 kHz, 1791 = 112 ms at
 * 16 kHz), which {@link #process} and {@link #flush} take out (see {@link Separator}).
 * <p>
 * <b>Memory.</b> Everything is sized in the constructor and nothing is allocated per block.
 * The state is the last {@code frame + lookahead·hop} input frames, the overlap-add buffer
 * (a frame per channel) and the mask's 4 s spectrogram of 16-bit levels: about 0.8 MB at
 * 44.1 kHz, 0.3 MB at 16 kHz, whatever the length of the stream.
 */
public final class SpectralSeparator extends FrameSteppedSeparator {

    /**
     * A stream between two blocks, for a checkpoint: {@link Serializable}, arrays copied in and
     * out.
     *
     * @param method     the {@link SeparationMethod#id()} of the separator it came from
     * @param taken      input frames taken from the caller
     * @param pushed     frames through the transform, the flush's silence included
     * @param input      the input ring, interleaved, slot {@code frame mod length}
     * @param overlap    the vocals' overlap-add ring, interleaved, slot {@code frame mod frameSize}
     * @param mask       the mask's own state
     */
    public record State(String method, int channels, int sampleRate, long taken, long pushed, float[] input,
                        float[] overlap, Serializable mask) implements Serializable {

        public State {
            input = input.clone();
            overlap = overlap.clone();
        }

        @Override
        public float[] input() {
            return input.clone();
        }

        @Override
        public float[] overlap() {
            return overlap.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof State that && method.equals(that.method) && channels == that.channels
                    && sampleRate == that.sampleRate && taken == that.taken && pushed == that.pushed
                    && Arrays.equals(input, that.input) && Arrays.equals(overlap, that.overlap)
                    && Objects.equals(mask, that.mask);
        }

        @Override
        public int hashCode() {
            return Objects.hash(method, channels, sampleRate, taken, pushed, Arrays.hashCode(input),
                    Arrays.hashCode(overlap));
        }

        @Override
        public String toString() {
            return method + " state after " + taken + " frames";
        }
    }

    private final SeparationMethod method;
    private final int sampleRate;
    private final int frameSize;
    private final int hop;
    private final int lookahead;
    private final VocalMask mask;
    private final RealFft fft;
    private final float[] window;
    private final float[] synthesis;
    /** Input frames {@code pushed - ringFrames .. pushed - 1}, interleaved, frame f at slot f mod ringFrames. */
    private final int ringFrames;
    private final float[] input;
    /** Vocals being overlap-added, interleaved, frame f at slot f mod frameSize; zeroed as emitted. */
    private final float[] overlap;
    private final float[] samples;
    private final float[][] re;
    private final float[][] im;
    private final float[] gains;

    /** The stereo method, {@link SeparationMethod#CENTRE_SIDE_HARMONIC}; input [left, right]. */
    public static SpectralSeparator centreSideHarmonic(int sampleRate) {
        StftGeometry geometry = StftGeometry.forRate(sampleRate);
        return new SpectralSeparator(SeparationMethod.CENTRE_SIDE_HARMONIC, 2, geometry,
                new CentreHarmonicMask(geometry));
    }

    /** The mono method, {@link SeparationMethod#HPSS_REPET}, on the mean of {@code channels} channels. */
    public static SpectralSeparator hpssRepet(int channels, int sampleRate) {
        StftGeometry geometry = StftGeometry.forRate(sampleRate);
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, not " + channels);
        }
        return new SpectralSeparator(SeparationMethod.HPSS_REPET, channels, geometry,
                new RepeatingHarmonicMask(geometry, channels));
    }

    private SpectralSeparator(SeparationMethod method, int channels, StftGeometry geometry, VocalMask mask) {
        super(channels, mask.lookahead() * geometry.hop() + geometry.frame() - 1);
        this.method = method;
        this.sampleRate = geometry.rate();
        this.frameSize = geometry.frame();
        this.hop = geometry.hop();
        this.mask = mask;
        lookahead = mask.lookahead();
        ringFrames = frameSize + lookahead * hop;
        input = new float[ringFrames * channels];
        overlap = new float[frameSize * channels];
        fft = new RealFft(frameSize);
        window = geometry.hann();
        synthesis = geometry.synthesis(window);
        samples = new float[frameSize];
        re = new float[channels][geometry.bins()];
        im = new float[channels][geometry.bins()];
        gains = new float[geometry.bins()];
    }

    @Override
    public SeparationMethod method() {
        return method;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    /** One input frame in (silence when {@code in} is null), at most one output frame out. */
    @Override
    protected int step(float[] in, int at, float[] out, int written) {
        int slot = (int) (pushed % ringFrames) * channels;
        for (int c = 0; c < channels; c++) {
            input[slot + c] = in == null ? 0f : in[at + c];
        }
        pushed++;
        if (pushed % hop == 0) {
            frame();
        }
        if (pushed <= latency) {
            return 0;
        }
        long due = pushed - 1 - latency;
        int from = (int) (due % frameSize) * channels;
        int dry = (int) (due % ringFrames) * channels;
        int to = written * 2 * channels;
        for (int c = 0; c < channels; c++) {
            float vocals = overlap[from + c];
            overlap[from + c] = 0f;
            out[to + c] = vocals;
            out[to + channels + c] = input[dry + c] - vocals;
        }
        return 1;
    }

    /** A frame is complete: analyse it, and mask and add the one its look-ahead was waiting for. */
    private void frame() {
        long newest = pushed / hop - 1;
        spectra(pushed - frameSize);
        mask.analyse(re, im);
        if (newest < lookahead) {
            return; // the frame to output would lie wholly before the stream
        }
        long first = pushed - (long) lookahead * hop - frameSize;
        if (lookahead > 0) {
            // recomputed rather than kept: the input ring is in the state anyway, spectra would double it
            spectra(first);
        }
        mask.gains(re, im, gains);
        int start = (int) Math.floorMod(first, (long) frameSize);
        for (int c = 0; c < channels; c++) {
            float[] real = re[c];
            float[] imag = im[c];
            for (int k = 0; k < gains.length; k++) {
                real[k] *= gains[k];
                imag[k] *= gains[k];
            }
            fft.inverse(real, imag, samples);
            for (int n = 0, o = start; n < frameSize; n++, o = o + 1 == frameSize ? 0 : o + 1) {
                overlap[o * channels + c] += samples[n] * synthesis[n];
            }
        }
    }

    /** Windowed spectra of the frame of each channel that starts at input frame {@code first}. */
    private void spectra(long first) {
        int start = (int) Math.floorMod(first, (long) ringFrames);
        for (int c = 0; c < channels; c++) {
            for (int n = 0, i = start; n < frameSize; n++, i = i + 1 == ringFrames ? 0 : i + 1) {
                samples[n] = input[i * channels + c] * window[n];
            }
            fft.forward(samples, re[c], im[c]);
        }
    }

    @Override
    public State snapshot() {
        return new State(method.id(), channels, sampleRate, taken, pushed, input, overlap, mask.snapshot());
    }

    @Override
    public void restore(Serializable state) {
        if (!(state instanceof State saved) || !saved.method().equals(method.id()) || saved.channels() != channels
                || saved.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("not the state of a " + method.id() + " separator of " + channels
                    + " channels at " + sampleRate + " Hz: " + state);
        }
        if (saved.input.length != input.length || saved.overlap.length != overlap.length) {
            throw new IllegalArgumentException("a " + method.id() + " state with buffers of the wrong size");
        }
        mask.restore(saved.mask());
        System.arraycopy(saved.input, 0, input, 0, input.length);
        System.arraycopy(saved.overlap, 0, overlap, 0, overlap.length);
        taken = saved.taken();
        pushed = saved.pushed();
    }

    @Override
    public void close() {
        // nothing native
    }
}
