package navaa.models.diarization;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgglomerativeClusteringTest {

    /** Points scattered around three random directions in 32 dimensions, in an interleaved order. */
    private static float[][] threeSpeakers(int each, double spread, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[3][32];
        for (float[] c : centres) {
            for (int d = 0; d < c.length; d++) {
                c[d] = (float) random.nextGaussian();
            }
        }
        float[][] points = new float[3 * each][32];
        for (int i = 0; i < points.length; i++) {
            float[] c = centres[i % 3];
            for (int d = 0; d < 32; d++) {
                points[i][d] = (float) (c[d] + spread * random.nextGaussian());
            }
        }
        return points;
    }

    @Test
    void aThresholdFindsTheNumberOfSpeakers() {
        int[] labels = AgglomerativeClustering.of(threeSpeakers(20, 0.5, 1)).cutAt(0.5);
        for (int i = 0; i < labels.length; i++) {
            assertEquals(i % 3, labels[i], "point " + i);
        }
    }

    @Test
    void aGivenCountIsKept() {
        AgglomerativeClustering tree = AgglomerativeClustering.of(threeSpeakers(10, 0.5, 2));
        assertEquals(3, java.util.Arrays.stream(tree.cutInto(3)).distinct().count());
        assertEquals(5, java.util.Arrays.stream(tree.cutInto(5)).distinct().count());
        assertEquals(30, java.util.Arrays.stream(tree.cutInto(40)).distinct().count());
        assertArrayEquals(new int[30], tree.cutInto(1));
    }

    @Test
    void theTreeIsTheSameAsMergingStepByStep() {
        float[][] points = threeSpeakers(15, 1.2, 3);
        float[] fromChain = AgglomerativeClustering.of(points).mergeSimilarities();
        float[] naive = naiveAverageLinkage(points);
        assertEquals(naive.length, fromChain.length);
        for (int i = 0; i < naive.length; i++) {
            assertEquals(naive[i], fromChain[i], 1e-4, "merge " + i);
        }
        for (int i = 1; i < fromChain.length; i++) {
            assertTrue(fromChain[i] <= fromChain[i - 1] + 1e-6, "merges grow less alike");
        }
    }

    /** The textbook O(n³) algorithm: merge the most alike pair, recompute, repeat. */
    private static float[] naiveAverageLinkage(float[][] points) {
        float[][] cos = AgglomerativeClustering.cosineMatrix(points);
        java.util.List<java.util.List<Integer>> clusters = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            clusters.add(new java.util.ArrayList<>(java.util.List.of(i)));
        }
        float[] merges = new float[points.length - 1];
        for (int m = 0; m < merges.length; m++) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double sum = 0;
                    for (int a : clusters.get(i)) {
                        for (int b : clusters.get(j)) {
                            sum += cos[a][b];
                        }
                    }
                    double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            merges[m] = (float) best;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        return merges;
    }
}
