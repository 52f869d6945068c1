package navaa.models.separation;

/**
 * Vocals of a mono mix, or of the mean of several channels, as what is harmonic and does not
 * repeat ({@link NonRepeatingHarmonicShare}: median-filter harmonic/percussive separation after
 * FitzGerald 2010, online REPET-SIM after Rafii and Pardo 2012/2013). The gain of a bin is
 * that share, the same for every channel.
 */
final class RepeatingHarmonicMask extends HarmonicShareMask {

    private final int channels;

    RepeatingHarmonicMask(StftGeometry geometry, int channels) {
        super(geometry);
        this.channels = channels;
    }

    /** The magnitude of the mean of the channels' spectra. */
    @Override
    void measure(float[][] re, float[][] im) {
        for (int k = 0; k < bins; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int c = 0; c < channels; c++) {
                sumRe += re[c][k];
                sumIm += im[c][k];
            }
            magnitudes[k] = (float) (Math.sqrt(sumRe * sumRe + sumIm * sumIm) / channels);
        }
    }
}
