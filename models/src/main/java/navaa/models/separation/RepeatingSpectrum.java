package navaa.models.separation;

import java.util.Arrays;

/**
 * The repeating background of a frame, after REPET-SIM (Z. Rafii and B. Pardo, "Music/voice
 * separation using the similarity matrix", ISMIR 2012) in its online form (Z. Rafii and
 * B. Pardo, "Online REPET-SIM for real-time speech enhancement", ICASSP 2013): accompaniment
 * repeats (a bar, a riff, a drum pattern) and a voice does not, so the median, bin by bin, of the
 * earlier frames most similar to a frame (cosine similarity of magnitude spectra) keeps the
 * accompaniment and drops the voice. The model may not exceed the frame itself, so the
 * accompaniment's share of a bin is {@code min(model, |X|) / |X|}.
 * <p>
 * Online means only frames from the past, in a bounded buffer, are compared: frames at least
 * {@code minLag} and at most {@code maxLag} frames back. The lower bound keeps a held vowel from
 * matching its own previous frames; choosing frames at least {@code spacing} apart keeps one
 * earlier moment (whose neighbours are all alike) from filling the median alone, as the
 * paper's minimum distance between repeating frames does. Allocation-free; not thread-safe.
 */
final class RepeatingSpectrum {

    private final int bins;
    private final int minLag;
    private final int maxLag;
    private final int spacing;
    private final float[] current;
    private final float[] similarity;
    private final int[] chosenLags;
    private final int[] chosenSlots;
    private final short[] window;

    /**
     * @param minLag     nearest frame back that may count as a repetition, at least 1
     * @param maxLag     farthest frame back; the spectrogram must hold it
     * @param neighbours most frames in the median
     * @param spacing    fewest frames between two chosen frames
     */
    RepeatingSpectrum(int bins, int minLag, int maxLag, int neighbours, int spacing) {
        if (minLag < 1 || maxLag < minLag || neighbours < 1) {
            throw new IllegalArgumentException("lags " + minLag + ".." + maxLag + ", " + neighbours + " neighbours");
        }
        this.bins = bins;
        this.minLag = minLag;
        this.maxLag = maxLag;
        this.spacing = spacing;
        current = new float[bins];
        similarity = new float[maxLag + 1];
        chosenLags = new int[neighbours];
        chosenSlots = new int[neighbours];
        window = new short[neighbours];
    }

    /** Frames back the spectrogram must hold besides the frame itself. */
    int history() {
        return maxLag;
    }

    /**
     * Writes the repeating model of {@code frame} (linear magnitudes per bin) to {@code model}:
     * silence when nothing in the buffer resembles the frame, as at the start of a stream.
     */
    void model(LogSpectrogram spectrogram, long frame, float[] model) {
        float norm = spectrogram.norm(frame);
        int chosen = norm > 0 ? choose(spectrogram, frame, norm) : 0;
        if (chosen == 0) {
            Arrays.fill(model, 0, bins, 0f);
            return;
        }
        short[] levels = spectrogram.levels();
        for (int k = 0; k < bins; k++) {
            for (int i = 0; i < chosen; i++) {
                window[i] = levels[chosenSlots[i] + k];
            }
            model[k] = LogSpectrogram.magnitude(Medians.of(window, chosen));
        }
    }

    /** Fills {@link #chosenSlots} with the most similar frames, best first; returns how many. */
    private int choose(LogSpectrogram spectrogram, long frame, float norm) {
        short[] levels = spectrogram.levels();
        int at = spectrogram.slot(frame);
        for (int k = 0; k < bins; k++) {
            current[k] = LogSpectrogram.magnitude(levels[at + k]);
        }
        for (int lag = minLag; lag <= maxLag; lag++) {
            long earlier = frame - lag;
            float other = earlier < 0 ? 0 : spectrogram.norm(earlier);
            if (other == 0) {
                similarity[lag] = 0;
                continue;
            }
            int from = spectrogram.slot(earlier);
            similarity[lag] = (float) (dot(levels, from) / ((double) norm * other));
        }
        int chosen = 0;
        while (chosen < chosenLags.length) {
            int best = -1;
            for (int lag = minLag; lag <= maxLag; lag++) {
                if (similarity[lag] > 0 && (best < 0 || similarity[lag] > similarity[best]) && farFromChosen(lag, chosen)) {
                    best = lag;
                }
            }
            if (best < 0) {
                break;
            }
            chosenLags[chosen] = best;
            chosenSlots[chosen] = spectrogram.slot(frame - best);
            chosen++;
        }
        return chosen;
    }

    /**
     * Σ current[k]·magnitude(levels[from + k]), in four running sums: independent additions
     * keep the CPU's pipelines full (a fifth faster than one sum), and are in a fixed order, so
     * a restored stream sums exactly as the uninterrupted one did.
     */
    private double dot(short[] levels, int from) {
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        int k = 0;
        for (; k + 3 < bins; k += 4) {
            a += current[k] * LogSpectrogram.magnitude(levels[from + k]);
            b += current[k + 1] * LogSpectrogram.magnitude(levels[from + k + 1]);
            c += current[k + 2] * LogSpectrogram.magnitude(levels[from + k + 2]);
            d += current[k + 3] * LogSpectrogram.magnitude(levels[from + k + 3]);
        }
        for (; k < bins; k++) {
            a += current[k] * LogSpectrogram.magnitude(levels[from + k]);
        }
        return (a + b) + (c + d);
    }

    private boolean farFromChosen(int lag, int chosen) {
        for (int i = 0; i < chosen; i++) {
            if (Math.abs(chosenLags[i] - lag) < spacing) {
                return false;
            }
        }
        return true;
    }
}
