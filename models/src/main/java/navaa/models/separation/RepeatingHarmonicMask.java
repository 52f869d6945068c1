package navaa.models.separation;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Vocals of a mono mix, or of the mean of several channels, as what is harmonic and does not
 * repeat ({@link NonRepeatingHarmonicShare}: median-filter harmonic/percussive separation after
 * FitzGerald 2010, online REPET-SIM after Rafii and Pardo 2012/2013). The gain of a bin is
 * that share, the same for every channel.
 */
final class RepeatingHarmonicMask implements VocalMask {

    private final int bins;
    private final int channels;
    private final NonRepeatingHarmonicShare share;
    private final float[] magnitudes;

    RepeatingHarmonicMask(StftGeometry geometry, int channels) {
        bins = geometry.bins();
        this.channels = channels;
        share = new NonRepeatingHarmonicShare(geometry);
        magnitudes = new float[bins];
    }

    @Override
    public int lookahead() {
        return share.lookahead();
    }

    @Override
    public void analyse(float[][] re, float[][] im) {
        downmix(re, im);
        share.push(magnitudes);
    }

    @Override
    public void gains(float[][] re, float[][] im, float[] gains) {
        downmix(re, im);
        Arrays.fill(gains, 1f);
        share.share(magnitudes, gains);
    }

    /** The magnitude of the mean of the channels' spectra into {@link #magnitudes}. */
    private void downmix(float[][] re, float[][] im) {
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

    @Override
    public Serializable snapshot() {
        return share.snapshot();
    }

    @Override
    public void restore(Serializable state) {
        share.restore(state);
    }
}
