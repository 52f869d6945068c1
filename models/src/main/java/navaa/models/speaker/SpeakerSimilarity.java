package navaa.models.speaker;

import java.util.Collection;

/**
 * How alike two speakers sound: the cosine of their {@link SpeakerEmbedder} embeddings,
 * and a score from 0 to 100 calibrated on that cosine.
 * <p>
 * <b>The map.</b> {@code score = 100 / (1 + exp(−k·(cos − c₅₀)))}, a logistic curve fixed by
 * two anchors: cos {@value #DIFFERENT_COSINE} scores {@value #DIFFERENT_SCORE} and cos
 * {@value #SAME_COSINE} scores {@value #SAME_SCORE} (so k ≈ 10.4 and c₅₀ ≈ 0.649). It is
 * monotone, so a threshold on the score is a threshold on the cosine; it is steep where
 * same and different speakers meet and flattens towards 0 and 100, where the cosine says
 * little more.
 * <p>
 * <b>Calibration data</b> (this code; espeak-ng 1.51 through the tests' {@code SpokenAudio}
 * at 16 kHz; one embedding per sentence of 2.5 to 3.5 s, four sentences per voice, pairs
 * of different sentences; {@code SpeakerSimilarityTest} prints this table on every run):
 * <pre>
 * cosine min–max (score min–max)  en-us              +f3                +f5                +klatt4
 * en-us                           0.835–0.906 (88–94) 0.434–0.579 (10–32) 0.405–0.584 (7–34)  0.305–0.510 (3–19)
 * en-us+f3                                            0.787–0.838 (81–88) 0.617–0.762 (42–77) 0.062–0.183 (0–1)
 * en-us+f5                                                                0.779–0.849 (80–89) 0.062–0.238 (0–1)
 * en-us+klatt4                                                                                0.756–0.805 (75–84)
 * </pre>
 * Same voice: cos ≥ 0.756, score ≥ 75. Clearly different voices (en-us against +f3, +f5
 * and +klatt4; +f3 and +f5 against +klatt4): cos ≤ 0.584, score ≤ 34. The anchors sit
 * inside that gap with about 0.025 of cosine (5 to 6 points of score) to spare on each
 * side; runs differ by about 0.001 (sox dithers the synthetic speech). Windows of 1.5 to
 * 3 s against a one-sentence target, which is what {@link SpeakerRegions} scores, gave
 * same voice 0.74–0.89 and the female and Klatt voices 0.24–0.56.
 * <p>
 * <b>Caveats.</b> espeak-ng's voices are a few synthetic speakers. Its variants en-us,
 * +m7 and the default voices of other languages (en-gb, de) are one male speaker for this
 * model (cos 0.73–0.92 with each other, scores 69–95): "other languages" are no different
 * speakers. The female variants are close to each other (+f3 against +f5 scores 42–77,
 * so they were not used as a "different" pair), and between the male voices and the
 * lowest female variant +f1 single pairs reach cos 0.72 (score 68). The Klatt variants
 * form a third family. Real voices were not measured; the model was trained on
 * telephone speech (SRE, Switchboard), where the anchors may need moving.
 * <p>
 * Stateless and thread-safe.
 */
public final class SpeakerSimilarity {

    /** The cosine that scores {@link #SAME_SCORE}: below every same-voice pair measured. */
    public static final double SAME_COSINE = 0.73;
    /** The score the same speaker reaches: at least this for every same-voice pair measured. */
    public static final double SAME_SCORE = 70;
    /** The cosine that scores {@link #DIFFERENT_SCORE}: above every clearly-different pair measured. */
    public static final double DIFFERENT_COSINE = 0.61;
    /** The score different speakers stay under. */
    public static final double DIFFERENT_SCORE = 40;

    /** Steepness of the logistic map, per unit of cosine: ln(7/3 · 3/2) / 0.12 ≈ 10.44. */
    private static final double SLOPE = (logit(SAME_SCORE) - logit(DIFFERENT_SCORE)) / (SAME_COSINE - DIFFERENT_COSINE);
    /** The cosine that scores 50: ≈ 0.649. */
    private static final double MIDPOINT = DIFFERENT_COSINE - logit(DIFFERENT_SCORE) / SLOPE;

    private SpeakerSimilarity() {
    }

    /** The cosine of two embeddings, −1 to 1; 0 if either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of " + a.length + " and " + b.length + " values cannot be compared");
        }
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
    }

    /** The score, 0 to 100, of two embeddings: {@link #score(double)} of their cosine. */
    public static double score(float[] a, float[] b) {
        return score(cosine(a, b));
    }

    /** The calibrated score, 0 to 100 (exclusive), of a cosine: see the class comment. */
    public static double score(double cosine) {
        return 100 / (1 + Math.exp(-SLOPE * (cosine - MIDPOINT)));
    }

    /** The cosine that gives {@code score} (0 < score < 100): the inverse of {@link #score(double)}. */
    public static double cosineOf(double score) {
        if (!(score > 0 && score < 100)) {
            throw new IllegalArgumentException("a score is between 0 and 100 exclusive, not " + score);
        }
        return MIDPOINT + logit(score) / SLOPE;
    }

    /**
     * One embedding for several of the same speaker: their mean, scaled back to the
     * length of one (√128). Only about 4 s of speech count in one embedding, so a longer
     * reference is best embedded in pieces and averaged; in the calibration runs the mean
     * of two sentences raised same-voice cosines by 0.03 to 0.06 and left different ones
     * as they were.
     */
    public static float[] average(Collection<float[]> embeddings) {
        if (embeddings.isEmpty()) {
            throw new IllegalArgumentException("no embeddings to average");
        }
        int dim = embeddings.iterator().next().length;
        double[] sum = new double[dim];
        for (float[] e : embeddings) {
            if (e.length != dim) {
                throw new IllegalArgumentException("embeddings of " + dim + " and " + e.length + " values cannot be averaged");
            }
            // each counts alike whatever its length
            double length = Math.sqrt(norm2(e));
            for (int i = 0; i < dim; i++) {
                sum[i] += e[i] / length;
            }
        }
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        float[] mean = new float[dim];
        if (norm == 0) {
            return mean;
        }
        double scale = Math.sqrt(dim / norm);
        for (int i = 0; i < dim; i++) {
            mean[i] = (float) (sum[i] * scale);
        }
        return mean;
    }

    private static double norm2(float[] e) {
        double n = 0;
        for (float v : e) {
            n += (double) v * v;
        }
        return n > 0 ? n : 1;
    }

    private static double logit(double score) {
        return Math.log(score / (100 - score));
    }
}
