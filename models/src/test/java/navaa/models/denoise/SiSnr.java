package navaa.models.denoise;

/**
 * Scale-invariant signal-to-noise ratio (Le Roux et al., "SDR – half-baked or well
 * done?", ICASSP 2019), the measure DTLN was trained and reported with: both signals made
 * zero-mean, the estimate projected onto the target, and the energy of that projection
 * compared with the energy of what is left.
 */
final class SiSnr {

    private SiSnr() {
    }

    /** SI-SNR in dB of {@code estimate} against {@code target}, same length; +∞ for a perfect match. */
    static double db(float[] estimate, float[] target) {
        return db(estimate, 0, target, 0, target.length);
    }

    /** SI-SNR in dB of {@code estimate[from..]} against {@code target[targetFrom..]}, {@code length} samples each. */
    static double db(float[] estimate, int from, float[] target, int targetFrom, int length) {
        double estimateMean = 0;
        double targetMean = 0;
        for (int i = 0; i < length; i++) {
            estimateMean += estimate[from + i];
            targetMean += target[targetFrom + i];
        }
        estimateMean /= length;
        targetMean /= length;
        double dot = 0;
        double targetEnergy = 0;
        for (int i = 0; i < length; i++) {
            double t = target[targetFrom + i] - targetMean;
            dot += (estimate[from + i] - estimateMean) * t;
            targetEnergy += t * t;
        }
        double scale = dot / targetEnergy;
        double projected = 0;
        double residual = 0;
        for (int i = 0; i < length; i++) {
            double s = scale * (target[targetFrom + i] - targetMean);
            double e = estimate[from + i] - estimateMean - s;
            projected += s * s;
            residual += e * e;
        }
        return 10 * Math.log10(projected / residual);
    }
}
