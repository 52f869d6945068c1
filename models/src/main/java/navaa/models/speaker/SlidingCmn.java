package navaa.models.speaker;

/**
 * Kaldi's sliding-window cepstral mean normalisation ({@code apply-cmvn-sliding}) as Vosk
 * applies it before the x-vector network: each frame minus the mean of a window of
 * {@code window} frames centred on it, no variance normalisation. Near the edges the
 * window keeps its length and is shifted to stay inside the features, as Kaldi's
 * {@code SlidingWindowCmnInternal} does with {@code center=true}; with fewer frames than
 * the window, every frame uses the mean of all.
 * <p>
 * Immutable and thread-safe.
 */
public final class SlidingCmn {

    /** The window Vosk's {@code Recognizer::GetSpkVector} hard-codes: 300 frames (3 s). */
    public static final int VOSK_WINDOW = 300;

    private final int window;

    /** @param window frames in the window, at least 1 */
    public SlidingCmn(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the CMN window must be at least one frame, not " + window);
        }
        this.window = window;
    }

    /** The window of Vosk, {@link #VOSK_WINDOW}. */
    public static SlidingCmn vosk() {
        return new SlidingCmn(VOSK_WINDOW);
    }

    /**
     * @param features {@code [frames][dim]}, not changed
     * @return new {@code [frames][dim]} with the sliding mean removed
     */
    public float[][] apply(float[][] features) {
        int frames = features.length;
        if (frames == 0) {
            return new float[0][];
        }
        int dim = features[0].length;
        // prefix sums in double: a window mean is then one subtraction, and 300-frame
        // sums of values around ±20 keep full float precision
        double[][] prefix = new double[frames + 1][dim];
        for (int t = 0; t < frames; t++) {
            for (int d = 0; d < dim; d++) {
                prefix[t + 1][d] = prefix[t][d] + features[t][d];
            }
        }
        float[][] normalised = new float[frames][dim];
        for (int t = 0; t < frames; t++) {
            int start = t - window / 2;
            int end = start + window;
            if (start < 0) {
                end -= start;
                start = 0;
            }
            if (end > frames) {
                start = Math.max(0, start - (end - frames));
                end = frames;
            }
            int count = end - start;
            for (int d = 0; d < dim; d++) {
                double mean = (prefix[end][d] - prefix[start][d]) / count;
                normalised[t][d] = (float) (features[t][d] - mean);
            }
        }
        return normalised;
    }
}
