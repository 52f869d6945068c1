package navaa.models.separation;

/**
 * Frame and hop of the short-time Fourier transform at a sample rate: the largest power of two
 * that lasts at most 100 ms (4096 samples = 93 ms at 44.1 and 48 kHz, 1024 = 64 ms at 16 kHz,
 * 512 = 64 ms at 8 kHz), hop a quarter of that. Long enough to resolve the harmonics of a low
 * voice (bins of 10.8 Hz at 44.1 kHz, 15.6 Hz at 16 kHz), short enough that a syllable spans
 * a few frames. With a periodic Hann window as analysis and synthesis window, four-fold
 * overlap adds up to a constant (3/2), so unmasked frames give the input back.
 *
 * @param frame samples per frame, a power of two
 * @param hop   samples between frames, {@code frame / 4}
 * @param rate  in Hz
 */
record StftGeometry(int frame, int hop, int rate) {

    static final int MIN_RATE = 8_000;
    static final int MAX_RATE = 48_000;

    static StftGeometry forRate(int rate) {
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new IllegalArgumentException("vocal separation works at " + MIN_RATE + " to " + MAX_RATE
                    + " Hz, not " + rate + " Hz: resample first");
        }
        int frame = Integer.highestOneBit(rate / 10);
        return new StftGeometry(frame, frame / 4, rate);
    }

    /** Bins of a frame's spectrum, 0 Hz to Nyquist. */
    int bins() {
        return frame / 2 + 1;
    }

    /** Hz between two bins. */
    double binHz() {
        return (double) rate / frame;
    }

    /** The nearest whole number of hops to {@code seconds}, at least {@code min}. */
    int hops(double seconds, int min) {
        return Math.max(min, (int) Math.round(seconds * rate / hop));
    }

    /** The nearest whole number of bins to {@code hz}, at least {@code min}. */
    int binsFor(double hz, int min) {
        return Math.max(min, (int) Math.round(hz / binHz()));
    }

    /** The periodic Hann window, {@code 0.5 − 0.5 cos(2πn/N)}. */
    float[] hann() {
        float[] window = new float[frame];
        for (int n = 0; n < frame; n++) {
            window[n] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * n / frame));
        }
        return window;
    }

    /**
     * The synthesis window that, after analysis with {@code analysis}, makes the overlap-add
     * of unmodified frames the identity: {@code analysis[n] / Σ_j analysis[n + j·hop]²}.
     */
    float[] synthesis(float[] analysis) {
        float[] window = new float[frame];
        for (int n = 0; n < frame; n++) {
            double sum = 0;
            for (int m = n % hop; m < frame; m += hop) {
                sum += (double) analysis[m] * analysis[m];
            }
            window[n] = (float) (analysis[n] / sum);
        }
        return window;
    }
}
