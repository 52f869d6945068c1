package navaa.models.diarization;

import navaa.models.speaker.SpeakerSimilarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The speakers of a recording from embeddings of its speech: average-linkage clustering,
 * cut at a given number of speakers or at a similarity threshold, then every item
 * re-assigned to the nearest cluster centre (one the tree put with the wrong group early
 * moves back). Long recordings cluster groups of neighbouring items, so the similarity
 * matrix stays within {@link #MAX_ITEMS}².
 * <p>
 * <b>Centred on the recording.</b> All embeddings of one recording share its channel
 * (microphone, room, codec), which lifts every cosine: different real people's windows
 * scored 0.22–0.40 against each other and one person's 0.46–0.59, so no single threshold
 * separated four real voices and three espeak-ng ones. Taking (most of) the recording's mean
 * embedding away removes that shared part; then one person's windows stay alike and
 * different people's fall to about zero or below, and "not anti-correlated"
 * ({@link #THRESHOLD} 0) is where merging stops. Centring over-splits a speaker who talks
 * most of the time, or alone (the mean is mostly their own voice), so afterwards clusters
 * whose voice prints are {@link #SAME_VOICE} alike are joined again.
 * <p>
 * <b>Tuning and its limits.</b> Tuned on six conversations ({@code DiarizerTest}: three
 * espeak voices; one to four real voices from Asterisk's prompts). On 16 further random
 * real-voice conversations (1–4 speakers, 1–3 prompts a turn) the count came out right in
 * about two thirds before the voice prints were joined (the misses mostly one speaker too
 * many) and in 18 of 22 after, with the window-level error from 9 % down to 4 %. The
 * x-vector model has no PLDA backend here, and single 1.5-s windows of one real person
 * agree only to cosine ≈ 0.5.
 */
public final class SpeakerClusters {

    /** Centred clusters merge while their members are at least this alike on average (cosine): not anti-correlated. */
    public static final double THRESHOLD = 0.0;
    /**
     * How much of the recording's mean is taken away: all of it over-separates the voice of
     * someone who talks most of the time (the mean is mostly theirs).
     */
    static final double CENTRING = 0.85;
    /**
     * Voice prints (a cluster's mean raw embedding) at least this alike are one person. On
     * the 22 tuning recordings different people's whole voice prints were at most 0.61
     * alike; joining at 0.7 took the speaker count from 15 to 18 right and the window
     * error from 9 % to 4 % (0.6 merged real pairs; 0.65–0.7 were equal).
     */
    public static final double SAME_VOICE = 0.7;
    /** Items clustered at most: a 3000 × 3000 float matrix is 36 MB. */
    static final int MAX_ITEMS = 3000;

    private final int[] labels;
    private final float[][] centroids;
    private final float[] centre;

    private SpeakerClusters(int[] labels, float[][] centroids, float[] centre) {
        this.labels = labels;
        this.centroids = centroids;
        this.centre = centre;
    }

    public static SpeakerClusters of(List<EmbeddedWindow> items, OptionalInt speakers) {
        return of(items, speakers, THRESHOLD);
    }

    public static SpeakerClusters of(List<EmbeddedWindow> items, OptionalInt speakers, double threshold) {
        int n = items.size();
        if (n == 0) {
            return new SpeakerClusters(new int[0], new float[0][], new float[0]);
        }
        int group = (n + MAX_ITEMS - 1) / MAX_ITEMS;
        float[][] grouped = grouped(items, group);
        float[] centre = mean(grouped);
        boolean one = speakers.isPresent() && speakers.getAsInt() == 1 || grouped.length < 2;
        float[][] centred = centred(grouped, centre);
        int[] itemLabels;
        if (one) {
            itemLabels = new int[grouped.length];
        } else {
            AgglomerativeClustering tree = AgglomerativeClustering.of(centred);
            itemLabels = speakers.isPresent() ? tree.cutInto(speakers.getAsInt()) : tree.cutAt(threshold);
        }
        List<float[]> embeddings = new ArrayList<>(n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = itemLabels[i / group];
            embeddings.add(centred(items.get(i).embedding(), centre));
        }
        labels = nearest(embeddings, centroids(embeddings, labels));
        if (speakers.isEmpty()) {
            labels = sameVoicesJoined(items, labels);
        }
        return ordered(embeddings, labels, centre);
    }

    /**
     * Clusters whose voice prints (the mean of their raw embeddings) are at least
     * {@link #SAME_VOICE} alike are one person, joined most alike first: the centred tree
     * splits a speaker who talks most of the time (or alone), as the recording's mean is
     * mostly theirs, and averaging many windows makes a voice print far steadier than any
     * window.
     */
    private static int[] sameVoicesJoined(List<EmbeddedWindow> items, int[] labels) {
        int[] joined = labels.clone();
        for (int[] pair = mostAlikePair(voicePrints(items, joined)); pair != null;
                pair = mostAlikePair(voicePrints(items, joined))) {
            for (int i = 0; i < joined.length; i++) {
                if (joined[i] == pair[1]) {
                    joined[i] = pair[0];
                }
            }
        }
        return joined;
    }

    /** Each label's mean raw embedding, or null where a label has no member left. */
    private static float[][] voicePrints(List<EmbeddedWindow> items, int[] labels) {
        return byLabel(items.stream().map(EmbeddedWindow::embedding).toList(), labels, labelCount(labels)).stream()
                .map(members -> members.isEmpty() ? null : SpeakerSimilarity.average(members)).toArray(float[][]::new);
    }

    /** The embeddings of each label 0 to {@code count − 1}, in their order; none for a label no one has. */
    static List<List<float[]>> byLabel(List<float[]> embeddings, int[] labels, int count) {
        List<List<float[]>> members = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            members.get(labels[i]).add(embeddings.get(i));
        }
        return members;
    }

    private static int labelCount(int[] labels) {
        return Arrays.stream(labels).max().orElse(-1) + 1;
    }

    /** The two labels whose prints are most alike, if at least {@link #SAME_VOICE}; else null. */
    private static int[] mostAlikePair(float[][] prints) {
        int[] pair = null;
        double best = SAME_VOICE;
        for (int a = 0; a < prints.length; a++) {
            for (int b = a + 1; b < prints.length; b++) {
                if (prints[a] != null && prints[b] != null) {
                    double cos = SpeakerSimilarity.cosine(prints[a], prints[b]);
                    if (cos >= best) {
                        best = cos;
                        pair = new int[] {a, b};
                    }
                }
            }
        }
        return pair;
    }

    private static float[][] grouped(List<EmbeddedWindow> items, int group) {
        int n = items.size();
        float[][] grouped = new float[(n + group - 1) / group][];
        for (int i = 0; i < grouped.length; i++) {
            List<float[]> members = new ArrayList<>();
            for (int w = i * group; w < Math.min(n, (i + 1) * group); w++) {
                members.add(items.get(w).embedding());
            }
            grouped[i] = SpeakerSimilarity.average(members);
        }
        return grouped;
    }

    /** The mean of the unit-length embeddings. */
    private static float[] mean(float[][] embeddings) {
        double[] sum = new double[embeddings[0].length];
        for (float[] e : embeddings) {
            double norm = Math.sqrt(dot(e, e));
            for (int d = 0; d < sum.length && norm > 0; d++) {
                sum[d] += e[d] / norm;
            }
        }
        float[] mean = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            mean[d] = (float) (sum[d] / embeddings.length);
        }
        return mean;
    }

    private static float[][] centred(float[][] embeddings, float[] centre) {
        float[][] out = new float[embeddings.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = centred(embeddings[i], centre);
        }
        return out;
    }

    /** The unit-length embedding less the recording's mean. */
    private static float[] centred(float[] embedding, float[] centre) {
        double norm = Math.sqrt(dot(embedding, embedding));
        float[] out = new float[embedding.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = (float) (norm == 0 ? 0 : embedding[d] / norm - CENTRING * centre[d]);
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    /** A speaker number per window, 0 for the first to speak. */
    public int[] labels() {
        return labels.clone();
    }

    /** A speaker number per embedding: the nearest centre's. */
    public int[] assign(List<EmbeddedWindow> windows) {
        return nearest(windows.stream().map(w -> centred(w.embedding(), centre)).toList(), centroids);
    }

    public int count() {
        return centroids.length;
    }

    /** How alike an embedding is to a speaker's centre (cosine, both centred on the recording). */
    public double similarity(float[] embedding, int speaker) {
        return SpeakerSimilarity.cosine(centred(embedding, centre), centroids[speaker]);
    }

    private static int[] nearest(List<float[]> embeddings, float[][] centroids) {
        int[] labels = new int[embeddings.size()];
        for (int w = 0; w < labels.length; w++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double s = SpeakerSimilarity.cosine(embeddings.get(w), centroids[c]);
                if (s > best) {
                    best = s;
                    labels[w] = c;
                }
            }
        }
        return labels;
    }

    /** Numbers in order of first appearance, without gaps; centres recomputed for the final members. */
    private static SpeakerClusters ordered(List<float[]> embeddings, int[] labels, float[] centre) {
        int[] renumber = new int[Arrays.stream(labels).max().orElse(-1) + 1];
        Arrays.fill(renumber, -1);
        int next = 0;
        int[] out = new int[labels.length];
        for (int w = 0; w < labels.length; w++) {
            if (renumber[labels[w]] < 0) {
                renumber[labels[w]] = next++;
            }
            out[w] = renumber[labels[w]];
        }
        return new SpeakerClusters(out, centroids(embeddings, out), centre);
    }

    /** The sum of centred embeddings: its direction is the cluster's, which is all a cosine sees. */
    private static float[] sum(List<float[]> members) {
        float[] sum = new float[members.get(0).length];
        for (float[] m : members) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += m[d];
            }
        }
        return sum;
    }

    private static float[][] centroids(List<float[]> embeddings, int[] labels) {
        // a cluster the re-assignment emptied has no centre
        return byLabel(embeddings, labels, labelCount(labels)).stream()
                .filter(members -> !members.isEmpty()).map(SpeakerClusters::sum).toArray(float[][]::new);
    }
}
