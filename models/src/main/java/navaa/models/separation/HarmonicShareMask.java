package navaa.models.separation;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What both masks share: a bin's gain is a prior (1, or the centre mask) times the share of
 * its magnitude that is harmonic and does not repeat ({@link NonRepeatingHarmonicShare}).
 * Subclasses say which magnitudes the share is measured on, and the prior.
 */
abstract class HarmonicShareMask implements VocalMask {

    protected final int bins;
    /** This frame's magnitudes, per bin, as {@link #measure} leaves them. */
    protected final float[] magnitudes;
    private final NonRepeatingHarmonicShare share;

    HarmonicShareMask(StftGeometry geometry) {
        bins = geometry.bins();
        magnitudes = new float[bins];
        share = new NonRepeatingHarmonicShare(geometry);
    }

    /** The frame's magnitudes into {@link #magnitudes}, and whatever the prior needs. */
    abstract void measure(float[][] re, float[][] im);

    /** The gains before the share, of the frame last measured: 1 unless a subclass knows better. */
    void prior(float[] gains) {
        Arrays.fill(gains, 1f);
    }

    @Override
    public final int lookahead() {
        return share.lookahead();
    }

    @Override
    public final void analyse(float[][] re, float[][] im) {
        measure(re, im);
        share.push(magnitudes);
    }

    @Override
    public final void gains(float[][] re, float[][] im, float[] gains) {
        measure(re, im);
        prior(gains);
        share.share(magnitudes, gains);
    }

    @Override
    public final Serializable snapshot() {
        return share.snapshot();
    }

    @Override
    public final void restore(Serializable state) {
        share.restore(state);
    }
}
