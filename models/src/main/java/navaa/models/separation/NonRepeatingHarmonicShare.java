package navaa.models.separation;

import java.io.Serializable;

/**
 * The share of each bin that is harmonic and does not repeat, in a stream of magnitude spectra
 * (the mix's, or its centre's): the vocal evidence both signal-processing separators rest on.
 * <ul>
 *   <li><b>Not repeating.</b> Chords, riffs, bass lines and grooves come back beat after beat and
 *       bar after bar; a voice does not. The repeating model of online REPET-SIM
 *       ({@link RepeatingSpectrum}) over the last {@value #HISTORY_SECONDS} s (two bars at
 *       120 beats per minute) gives the accompaniment's part of each bin, {@code min(A, |X|)},
 *       and the voice keeps {@code 1 − min(A, |X|) / |X|}, the REPET mask. In the first
 *       seconds of a stream, before anything can have repeated, this share is 1.</li>
 *   <li><b>Harmonic.</b> Drums that do not repeat (fills, accents) are percussive:
 *       {@link HarmonicPercussive} over ±{@value #TIME_HALF_WIDTH_SECONDS} s (as long as a short
 *       syllable: longer windows took the gliding harmonics of speech for percussion) and
 *       ±{@value #FREQUENCY_HALF_WIDTH_HZ} Hz (a harmonic or two of a voice) gives the harmonic
 *       share.</li>
 *   <li><b>Above the bass.</b> {@link VocalBand}.</li>
 * </ul>
 * The result is the product of the three. Allocation-free; not thread-safe.
 */
final class NonRepeatingHarmonicShare {

    static final double TIME_HALF_WIDTH_SECONDS = 0.05;
    static final double FREQUENCY_HALF_WIDTH_HZ = 100;
    static final double HISTORY_SECONDS = 4;
    /** The nearest a repetition may be: longer than a syllable, so a held vowel does not repeat itself. */
    static final double MIN_LAG_SECONDS = 0.4;
    static final double SPACING_SECONDS = 0.1;
    static final int NEIGHBOURS = 5;

    private final int bins;
    private final HarmonicPercussive split;
    private final RepeatingSpectrum repeating;
    private final LogSpectrogram spectrogram;
    private final float[] band;
    private final float[] harmonic;
    private final float[] model;

    NonRepeatingHarmonicShare(StftGeometry geometry) {
        bins = geometry.bins();
        split = new HarmonicPercussive(bins, geometry.hops(TIME_HALF_WIDTH_SECONDS, 1),
                geometry.binsFor(FREQUENCY_HALF_WIDTH_HZ, 2));
        repeating = new RepeatingSpectrum(bins, geometry.hops(MIN_LAG_SECONDS, 1), geometry.hops(HISTORY_SECONDS, 2),
                NEIGHBOURS, geometry.hops(SPACING_SECONDS, 1));
        spectrogram = new LogSpectrogram(bins, repeating.history() + split.lookahead() + 1);
        band = VocalBand.gains(geometry);
        harmonic = new float[bins];
        model = new float[bins];
    }

    /** Frames after a frame that {@link #share} needs to have seen. */
    int lookahead() {
        return split.lookahead();
    }

    /** Takes the magnitudes of the newest frame. */
    void push(float[] magnitudes) {
        spectrogram.push(magnitudes);
    }

    /**
     * The share 0..1 of each bin of the frame {@link #lookahead()} frames before the newest,
     * whose magnitudes (as pushed, unquantised) are {@code magnitudes}, multiplied into
     * {@code gains}.
     */
    void share(float[] magnitudes, float[] gains) {
        long frame = spectrogram.newest() - split.lookahead();
        split.harmonicShare(spectrogram, frame, harmonic);
        repeating.model(spectrogram, frame, model);
        for (int k = 0; k < bins; k++) {
            float m = magnitudes[k];
            float notRepeating = m > 0 ? 1 - Math.min(model[k], m) / m : 0;
            gains[k] *= notRepeating * harmonic[k] * band[k];
        }
    }

    Serializable snapshot() {
        return spectrogram.snapshot();
    }

    void restore(Serializable state) {
        spectrogram.restore((LogSpectrogram.State) state);
    }
}
