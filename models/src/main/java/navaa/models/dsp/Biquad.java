package navaa.models.dsp;

/**
 * Coefficients of one second-order IIR section, normalised so that a0 = 1:
 * {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]}.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** Magnitude response in dB at {@code hz} Hz for a filter running at {@code sampleRate} Hz. */
    public double magnitudeDb(double hz, int sampleRate) {
        double w = 2 * Math.PI * hz / sampleRate;
        double c1 = Math.cos(w), s1 = Math.sin(w), c2 = Math.cos(2 * w), s2 = Math.sin(2 * w);
        double numRe = b0 + b1 * c1 + b2 * c2, numIm = -(b1 * s1 + b2 * s2);
        double denRe = 1 + a1 * c1 + a2 * c2, denIm = -(a1 * s1 + a2 * s2);
        double power = (numRe * numRe + numIm * numIm) / (denRe * denRe + denIm * denIm);
        return 10 * Math.log10(power);
    }
}
