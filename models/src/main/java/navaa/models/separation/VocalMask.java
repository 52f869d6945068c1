package navaa.models.separation;

import java.io.Serializable;

/**
 * The decision of a {@link SpectralSeparator}: how much of each bin of a frame is voice. It sees
 * every frame twice: {@link #analyse} when the frame arrives, then {@link #gains} when the
 * frames of its look-ahead have arrived too.
 */
interface VocalMask {

    /** Frames after a frame that {@link #gains} needs to have seen. */
    int lookahead();

    /** Takes note of the newest frame: spectra per channel, {@code re[c][k]}, {@code im[c][k]}. */
    void analyse(float[][] re, float[][] im);

    /**
     * Vocal gains 0..1 per bin of the frame {@link #lookahead()} frames before the newest one
     * analysed, given its spectra.
     */
    void gains(float[][] re, float[][] im, float[] gains);

    Serializable snapshot();

    void restore(Serializable state);
}
