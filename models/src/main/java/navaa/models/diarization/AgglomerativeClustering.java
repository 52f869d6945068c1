package navaa.models.diarization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Bottom-up clustering of speaker embeddings by average cosine similarity: every pair of
 * clusters is as alike as the mean similarity of their members, and the most alike pair
 * merges first. Either a given number of clusters is kept, or merging stops where the
 * next pair is less alike than a threshold, which is how the number of speakers is found.
 * <p>
 * The whole tree is built once with the nearest-neighbour chain (O(n²) time, one n × n
 * float matrix): average linkage never merges a pair more alike than an earlier one, so
 * cutting the tree at a threshold or at k clusters gives what merging step by step would.
 */
public final class AgglomerativeClustering {

    /** One merge of the tree: the clusters' representatives and how alike they were. */
    record Merge(int a, int b, float similarity) {
    }

    private final int size;
    private final List<Merge> merges;

    private AgglomerativeClustering(int size, List<Merge> merges) {
        this.size = size;
        this.merges = merges;
    }

    /** The tree over these embeddings (any length; compared by cosine). */
    public static AgglomerativeClustering of(float[][] embeddings) {
        int n = embeddings.length;
        float[][] similarity = cosineMatrix(embeddings);
        int[] members = new int[n];
        Arrays.fill(members, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        List<Merge> merges = new ArrayList<>(Math.max(0, n - 1));
        Deque<Integer> chain = new ArrayDeque<>();
        int remaining = n;
        int next = 0;
        while (remaining > 1) {
            if (chain.isEmpty()) {
                while (!active[next]) {
                    next++;
                }
                chain.push(next);
            }
            int a = chain.peek();
            Integer previous = chain.size() > 1 ? secondOf(chain) : null;
            int nearest = -1;
            float best = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (c != a && active[c]) {
                    float s = similarity[a][c];
                    // ties go to the chain's previous cluster, or the chain could cycle
                    if (s > best || (s == best && previous != null && c == previous)) {
                        best = s;
                        nearest = c;
                    }
                }
            }
            if (previous != null && nearest == previous) {
                chain.pop();
                chain.pop();
                merges.add(new Merge(a, nearest, best));
                merge(similarity, members, active, a, nearest);
                remaining--;
            } else {
                chain.push(nearest);
            }
        }
        merges.sort(Comparator.comparingDouble((Merge m) -> m.similarity).reversed());
        return new AgglomerativeClustering(n, merges);
    }

    /** A cluster number per embedding (0, 1, … in order of first appearance), merging while pairs are at least this alike. */
    public int[] cutAt(double threshold) {
        int count = 0;
        while (count < merges.size() && merges.get(count).similarity >= threshold) {
            count++;
        }
        return labels(count);
    }

    /** A cluster number per embedding with exactly {@code clusters} clusters (fewer only if there are fewer embeddings). */
    public int[] cutInto(int clusters) {
        return labels(Math.max(0, Math.min(merges.size(), size - clusters)));
    }

    /** How alike the clusters were at each merge, most alike first: what a threshold is tuned on. */
    public float[] mergeSimilarities() {
        float[] s = new float[merges.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merges.get(i).similarity;
        }
        return s;
    }

    private int[] labels(int mergeCount) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < mergeCount; m++) {
            Merge merge = merges.get(m);
            parent[find(parent, merge.a)] = find(parent, merge.b);
        }
        int[] labels = new int[size];
        int[] labelOfRoot = new int[size];
        Arrays.fill(labelOfRoot, -1);
        int nextLabel = 0;
        for (int i = 0; i < size; i++) {
            int root = find(parent, i);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = nextLabel++;
            }
            labels[i] = labelOfRoot[root];
        }
        return labels;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Cluster b joins a (which keeps its row): average linkage by the Lance–Williams update. */
    private static void merge(float[][] similarity, int[] members, boolean[] active, int a, int b) {
        int na = members[a];
        int nb = members[b];
        for (int c = 0; c < similarity.length; c++) {
            if (active[c] && c != a && c != b) {
                float s = (na * similarity[a][c] + nb * similarity[b][c]) / (na + nb);
                similarity[a][c] = s;
                similarity[c][a] = s;
            }
        }
        members[a] = na + nb;
        active[b] = false;
    }

    private static int secondOf(Deque<Integer> chain) {
        var it = chain.iterator();
        it.next();
        return it.next();
    }

    static float[][] cosineMatrix(float[][] embeddings) {
        int n = embeddings.length;
        float[][] unit = new float[n][];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (float x : embeddings[i]) {
                norm += x * x;
            }
            double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            unit[i] = new float[embeddings[i].length];
            for (int d = 0; d < unit[i].length; d++) {
                unit[i][d] = (float) (embeddings[i][d] * scale);
            }
        }
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                float dot = 0;
                for (int d = 0; d < unit[i].length; d++) {
                    dot += unit[i][d] * unit[j][d];
                }
                similarity[i][j] = dot;
                similarity[j][i] = dot;
            }
        }
        return similarity;
    }
}
