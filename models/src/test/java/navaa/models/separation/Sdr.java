package navaa.models.separation;

/**
 * Signal-to-distortion ratio in its plain form, {@code 10 log10(‖s‖² / ‖s − ŝ‖²)} (no
 * projection, no allowed gain: an estimate at the wrong level is penalised), as the SiSEC/MUSDB
 * "SDR" of newer evaluations (Vincent et al. 2006 without the BSS-eval filter). Over all channels
 * of interleaved signals.
 */
final class Sdr {

    private Sdr() {
    }

    static double db(float[] reference, float[] estimate) {
        if (reference.length != estimate.length) {
            throw new IllegalArgumentException(reference.length + " reference samples, " + estimate.length + " estimated");
        }
        double signal = 0;
        double error = 0;
        for (int i = 0; i < reference.length; i++) {
            double e = (double) reference[i] - estimate[i];
            signal += (double) reference[i] * reference[i];
            error += e * e;
        }
        return 10 * Math.log10(signal / error);
    }
}
