package navaa.models.denoise;

/**
 * Forward and inverse FFT of a real signal whose length is a power of two (DTLN uses 512
 * samples, 257 bins), scaled like {@code numpy.fft.rfft} / {@code irfft}: the forward
 * transform is unnormalised, the inverse divides by the length.
 * <p>
 * The real signal is packed into a complex one of half the length (even samples real, odd
 * samples imaginary), transformed with an iterative radix-2 FFT and split into the
 * spectrum (Press et al., <i>Numerical Recipes</i>, 3rd ed., section 12.3.2), so a real
 * transform costs about half a complex one. Tables and work buffers are made in the
 * constructor; the transforms allocate nothing. Work is in double precision. Not
 * thread-safe: one instance per stream.
 */
public final class RealFft {

    private final int size;
    private final int half;
    private final int[] bitReversed;
    private final double[] cos;
    private final double[] sin;
    private final double[] re;
    private final double[] im;

    /** @param size samples per transform, a power of two of at least 4 */
    public RealFft(int size) {
        if (size < 4 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("the FFT size must be a power of two of at least 4, not " + size);
        }
        this.size = size;
        half = size / 2;
        bitReversed = new int[half];
        int bits = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            bitReversed[i] = Integer.reverse(i) >>> (Integer.SIZE - bits);
        }
        // e^{-2πik/size} for k < size/2 serves both the half-length FFT (every other entry)
        // and the split step
        cos = new double[half];
        sin = new double[half];
        for (int k = 0; k < half; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / size);
            sin[k] = -Math.sin(2 * Math.PI * k / size);
        }
        re = new double[half];
        im = new double[half];
    }

    /** Samples per transform. */
    public int size() {
        return size;
    }

    /** Bins of the spectrum: {@code size / 2 + 1}, from 0 Hz to the Nyquist frequency. */
    public int bins() {
        return half + 1;
    }

    /** X[k] = Σ x[n]·e^{-2πikn/N} for k = 0..N/2, into {@code real} and {@code imag}. */
    public void forward(float[] signal, float[] real, float[] imag) {
        for (int k = 0; k < half; k++) {
            int from = 2 * bitReversed[k];
            re[k] = signal[from];
            im[k] = signal[from + 1];
        }
        transform();
        real[0] = (float) (re[0] + im[0]);
        imag[0] = 0;
        real[half] = (float) (re[0] - im[0]);
        imag[half] = 0;
        for (int k = 1; k < half; k++) {
            // the spectra of the even and odd samples, from Z[k] and conj(Z[N/2 - k])
            double evenRe = 0.5 * (re[k] + re[half - k]);
            double evenIm = 0.5 * (im[k] - im[half - k]);
            double oddRe = 0.5 * (im[k] + im[half - k]);
            double oddIm = -0.5 * (re[k] - re[half - k]);
            real[k] = (float) (evenRe + cos[k] * oddRe - sin[k] * oddIm);
            imag[k] = (float) (evenIm + cos[k] * oddIm + sin[k] * oddRe);
        }
    }

    /**
     * The real signal of N/2+1 bins, divided by N. As in {@code numpy.fft.irfft}, the
     * imaginary parts of the 0 Hz and Nyquist bins are ignored.
     */
    public void inverse(float[] real, float[] imag, float[] signal) {
        for (int k = 0; k < half; k++) {
            double evenRe;
            double evenIm;
            double oddRe;
            double oddIm;
            if (k == 0) {
                evenRe = 0.5 * (real[0] + real[half]);
                evenIm = 0;
                oddRe = 0.5 * (real[0] - real[half]);
                oddIm = 0;
            } else {
                evenRe = 0.5 * (real[k] + real[half - k]);
                evenIm = 0.5 * (imag[k] - imag[half - k]);
                // (X[k] - conj(X[N/2 - k])) / 2, turned back by e^{+2πik/N}
                double diffRe = 0.5 * (real[k] - real[half - k]);
                double diffIm = 0.5 * (imag[k] + imag[half - k]);
                oddRe = cos[k] * diffRe + sin[k] * diffIm;
                oddIm = cos[k] * diffIm - sin[k] * diffRe;
            }
            // Z = E + i·O, conjugated so that the forward kernel computes the inverse
            int to = bitReversed[k];
            re[to] = evenRe - oddIm;
            im[to] = -(evenIm + oddRe);
        }
        transform();
        double scale = 1.0 / half;
        for (int k = 0; k < half; k++) {
            signal[2 * k] = (float) (re[k] * scale);
            signal[2 * k + 1] = (float) (-im[k] * scale);
        }
    }

    /** In-place radix-2 decimation-in-time FFT of size/2 points, input in bit-reversed order. */
    private void transform() {
        for (int span = 1; span < half; span *= 2) {
            int stride = size / (2 * span);
            for (int start = 0; start < half; start += 2 * span) {
                for (int j = 0; j < span; j++) {
                    double wr = cos[j * stride];
                    double wi = sin[j * stride];
                    int a = start + j;
                    int b = a + span;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
