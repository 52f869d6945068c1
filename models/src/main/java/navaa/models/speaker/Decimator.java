package navaa.models.speaker;

/**
 * Brings mono audio at an integer multiple of 8 kHz (16, 24, 32, 48 kHz) down to the
 * 8 kHz of the speaker model: a linear-phase windowed-sinc low-pass, then every M-th sample.
 * <p>
 * The filter: cutoff 3850 Hz (−6 dB), Kaiser window β = 8, 128·M + 1 taps, so the
 * transition band is about 310 Hz wide (3700 to 4000 Hz) and the stop band is below
 * −80 dB. What matters for the MFCCs is that the mel filters end at 3700 Hz: the band up
 * to there is passed flat, and only content above 4300 Hz could fold back below 3700 Hz,
 * which is attenuated by the full stop band. The filter is centred (zero phase), so
 * output sample j is input sample j·M: times stay aligned, which the caller's region
 * boundaries rely on. Edges are zero-padded.
 * <p>
 * Immutable and thread-safe.
 */
public final class Decimator {

    /** The output rate, in Hz. */
    public static final int TARGET_RATE = 8_000;
    private static final double CUTOFF_HZ = 3_850;
    private static final double KAISER_BETA = 8;
    private static final int TAPS_PER_FACTOR = 128;

    private final int factor;
    private final float[] taps;

    /** @param sampleRate the input rate in Hz, a multiple of 8000 */
    public Decimator(int sampleRate) {
        if (sampleRate <= 0 || sampleRate % TARGET_RATE != 0) {
            throw new IllegalArgumentException("the speaker model takes 8 kHz or a multiple of it (16, 24, 32, 48 kHz), not "
                    + sampleRate + " Hz");
        }
        factor = sampleRate / TARGET_RATE;
        if (factor == 1) {
            taps = new float[]{1f};
            return;
        }
        int length = TAPS_PER_FACTOR * factor + 1;
        int middle = length / 2;
        double cutoff = CUTOFF_HZ / sampleRate; // cycles per sample
        double[] h = new double[length];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            int n = i - middle;
            double sinc = n == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * n) / (Math.PI * n);
            double r = (double) n / middle;
            h[i] = sinc * besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / besselI0(KAISER_BETA);
            sum += h[i];
        }
        taps = new float[length];
        for (int i = 0; i < length; i++) {
            // unit gain at 0 Hz, so levels (and the MFCC energies) stay as they were
            taps[i] = (float) (h[i] / sum);
        }
    }

    /** Input samples per output sample. */
    public int factor() {
        return factor;
    }

    /**
     * @param samples mono at the rate given to the constructor
     * @return 8 kHz, {@code ceil(samples.length / factor)} samples
     */
    public float[] apply(float[] samples) {
        return apply(samples, 0, samples.length);
    }

    /** The 8 kHz version of {@code samples[from, to)}; the filter does not look outside it. */
    public float[] apply(float[] samples, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, samples.length);
        int length = to - from;
        float[] out = new float[(length + factor - 1) / factor];
        if (factor == 1) {
            System.arraycopy(samples, from, out, 0, length);
            return out;
        }
        int middle = taps.length / 2;
        for (int j = 0; j < out.length; j++) {
            int centre = from + j * factor;
            int first = Math.max(from, centre - middle);
            int last = Math.min(to - 1, centre + middle);
            double sum = 0;
            for (int i = first; i <= last; i++) {
                sum += taps[i - centre + middle] * samples[i];
            }
            out[j] = (float) sum;
        }
        return out;
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarter = x * x / 4;
        for (int k = 1; k < 50 && term > 1e-12 * sum; k++) {
            term *= quarter / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
