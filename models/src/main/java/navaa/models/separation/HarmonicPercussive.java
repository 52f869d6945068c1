package navaa.models.separation;

/**
 * Harmonic/percussive separation by median filtering (D. FitzGerald, "Harmonic/percussive
 * separation using median filtering", DAFx 2010): in a magnitude spectrogram, a sustained tone is
 * a horizontal line and a drum hit a vertical one. A median across time keeps the lines
 * (harmonic estimate H) and removes the hits; a median across frequency does the opposite
 * (percussive estimate P).
 * <p>
 * The harmonic share of a bin is the paper's soft mask with a margin,
 * {@code (βH)² / ((βH)² + P²)}, β = {@value #MARGIN}: a bin counts as percussive only where P
 * clearly exceeds H, in the spirit of the separation factor of J. Driedger, M. Müller and
 * S. Disch ("Extending harmonic-percussive separation of audio signals", ISMIR 2014), whose
 * in-between "residual" (noise, consonants, onsets of sung notes) is here left to the other
 * cues. With β = 1, spoken test mixes lost more voice to the percussive side (its fricatives
 * and plosives) than they shed drums; β = 3 keeps most of the voice and still takes out a
 * drum hit, which is 20 dB and more above the harmonic median of its bins.
 * <p>
 * The median across time looks {@code timeHalfWidth} frames ahead: that look-ahead is the
 * latency of the separators that use it. Allocation-free; not thread-safe.
 */
final class HarmonicPercussive {

    static final double MARGIN = 3;
    private static final double MARGIN_SQUARED = MARGIN * MARGIN;

    private final int bins;
    private final int timeHalfWidth;
    private final int binHalfWidth;
    private final short[] window;
    private final int[] timeSlots;
    /** The levels of the frequency window, sorted, kept up to date as the window slides up the bins. */
    private final short[] sorted;
    private int count;

    /**
     * @param timeHalfWidth frames each side of a frame in the median across time
     * @param binHalfWidth  bins each side of a bin in the median across frequency
     */
    HarmonicPercussive(int bins, int timeHalfWidth, int binHalfWidth) {
        this.bins = bins;
        this.timeHalfWidth = timeHalfWidth;
        this.binHalfWidth = binHalfWidth;
        window = new short[Math.max(2 * timeHalfWidth + 1, 2 * binHalfWidth + 1)];
        timeSlots = new int[2 * timeHalfWidth + 1];
        sorted = new short[2 * binHalfWidth + 1];
    }

    int lookahead() {
        return timeHalfWidth;
    }

    /**
     * The harmonic share 0..1 of each bin of {@code frame}, which the spectrogram must hold
     * together with the {@link #lookahead()} frames on either side.
     */
    void harmonicShare(LogSpectrogram spectrogram, long frame, float[] share) {
        short[] levels = spectrogram.levels();
        int at = spectrogram.slot(frame);
        for (int i = 0; i < timeSlots.length; i++) {
            timeSlots[i] = spectrogram.slot(frame - timeHalfWidth + i);
        }
        count = 0;
        int lowest = 0;
        int highest = -1;
        for (int k = 0; k < bins; k++) {
            for (int i = 0; i < timeSlots.length; i++) {
                window[i] = levels[timeSlots[i] + k];
            }
            float harmonic = LogSpectrogram.magnitude(Medians.of(window, timeSlots.length));
            // the window across frequency slides by a bin: one level in, one out, O(width) not O(width²)
            for (int start = Math.max(0, k - binHalfWidth); lowest < start; ) {
                remove(levels[at + lowest++]);
            }
            for (int end = Math.min(bins - 1, k + binHalfWidth); highest < end; ) {
                insert(levels[at + ++highest]);
            }
            float percussive = LogSpectrogram.magnitude(sorted[count / 2]);
            double h2 = MARGIN_SQUARED * harmonic * harmonic;
            double p2 = (double) percussive * percussive;
            share[k] = h2 + p2 > 0 ? (float) (h2 / (h2 + p2)) : 0f;
        }
    }

    private void insert(short level) {
        int i = count - 1;
        while (i >= 0 && sorted[i] > level) {
            sorted[i + 1] = sorted[i];
            i--;
        }
        sorted[i + 1] = level;
        count++;
    }

    private void remove(short level) {
        int i = 0;
        while (sorted[i] != level) {
            i++;
        }
        System.arraycopy(sorted, i + 1, sorted, i, count - i - 1);
        count--;
    }
}
