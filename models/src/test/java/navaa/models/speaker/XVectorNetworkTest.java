package navaa.models.speaker;

import navaa.models.SpokenAudio;
import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast network (batch norms folded into the next layer, zero inputs skipped, float
 * SIMD-friendly loops) against a plain double-precision reading of models.md written
 * straight from the file's components.
 */
class XVectorNetworkTest {

    private static Nnet3File file;
    private static XVectorNetwork network;
    private static float[][] features;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() throws Exception {
        file = Nnet3Reader.read(Weights.read(WeightFile.SPK_NNET));
        network = XVectorNetwork.from(file);
        float[] speech = SpokenAudio.say("Glue the sheet to the dark blue background before the paint dries.", "en-us", folder);
        float[][] mfcc = new KaldiMfcc().compute(new Decimator(16_000).apply(speech));
        features = SlidingCmn.vosk().apply(SpeakerEmbedder.speechFrames(mfcc));
        assertTrue(features.length > 200, "a sentence has " + features.length + " speech frames");
    }

    @Test
    void agreesWithAPlainReadingOfTheModelSheet() {
        float[][] part = Arrays.copyOf(features, 120);
        float[] fast = network.forward(part);
        double[] reference = reference(part);
        double worst = 0;
        double norm = 0;
        for (int i = 0; i < fast.length; i++) {
            worst = Math.max(worst, Math.abs(fast[i] - reference[i]));
            norm = Math.max(norm, Math.abs(reference[i]));
        }
        assertTrue(norm > 1, "the output is not trivially small: " + norm);
        assertTrue(worst < 1e-3 * norm, "largest difference " + worst + " of outputs up to " + norm);
    }

    @Test
    void framesAfterTheFirst408ChangeNothing() {
        assertTrue(features.length > 250);
        float[][] longer = new float[600][];
        for (int t = 0; t < longer.length; t++) {
            longer[t] = features[t % features.length];
        }
        float[] all = network.forward(longer);
        assertArrayEquals(all, network.forward(Arrays.copyOf(longer, 408)));
        // one frame fewer drops pooled frame 400 and changes the output
        float[] fewer = network.forward(Arrays.copyOf(longer, 407));
        assertTrue(!Arrays.equals(all, fewer));
    }

    @Test
    void needsFifteenFrames() {
        assertEquals(15, network.minimumFrames());
        assertEquals(XVectorNetwork.OUTPUT_DIM, network.forward(Arrays.copyOf(features, 15)).length);
        assertThrows(IllegalArgumentException.class, () -> network.forward(Arrays.copyOf(features, 14)));
    }

    /**
     * models.md, section 3, in doubles: every layer at every frame it can be computed,
     * Append by offsets, ReLU, test-mode batch norm, mean ‖ stddev over tdnn5 frames
     * [0, 400] ∩ [7, N − 8], then tdnn6.affine.
     */
    private static double[] reference(float[][] input) {
        int n = input.length;
        double[][] x = new double[n][];
        for (int t = 0; t < n; t++) {
            x[t] = toDoubles(input[t]);
        }
        int first = 0;
        int last = n - 1;
        String[] layers = {"tdnn1", "tdnn2", "tdnn3", "tdnn4", "tdnn5"};
        int[][] offsets = {{-2, -1, 0, 1, 2}, {-2, 0, 2}, {-3, 0, 3}, {0}, {0}};
        for (int l = 0; l < layers.length; l++) {
            Nnet3Component affine = file.component(layers[l] + ".affine");
            Nnet3Component norm = file.component(layers[l] + ".batchnorm");
            float[][] w = affine.matrix("<LinearParams>");
            float[] b = affine.vector("<BiasParams>");
            float[] mean = norm.vector("<StatsMean>");
            float[] var = norm.vector("<StatsVar>");
            double eps = norm.floatValue("<Epsilon>");
            int[] off = offsets[l];
            int newFirst = first - off[0];
            int newLast = last - off[off.length - 1];
            double[][] y = new double[n][];
            for (int t = newFirst; t <= newLast; t++) {
                double[] spliced = new double[0];
                for (int o : off) {
                    spliced = concat(spliced, x[t + o]);
                }
                double[] out = new double[w.length];
                for (int r = 0; r < w.length; r++) {
                    double sum = b[r];
                    for (int c = 0; c < spliced.length; c++) {
                        sum += w[r][c] * spliced[c];
                    }
                    double relu = Math.max(0, sum);
                    out[r] = (relu - mean[r]) / Math.sqrt(var[r] + eps);
                }
                y[t] = out;
            }
            x = y;
            first = newFirst;
            last = newLast;
        }
        int from = Math.max(0, first);
        int to = Math.min(400, last);
        int dim = x[from].length;
        double[] pooled = new double[2 * dim];
        for (int d = 0; d < dim; d++) {
            double sum = 0;
            double squares = 0;
            for (int t = from; t <= to; t++) {
                sum += x[t][d];
                squares += x[t][d] * x[t][d];
            }
            int count = to - from + 1;
            double mean = sum / count;
            pooled[d] = mean;
            pooled[dim + d] = Math.sqrt(Math.max(1e-10, squares / count - mean * mean));
        }
        Nnet3Component tdnn6 = file.component("tdnn6.affine");
        float[][] w = tdnn6.matrix("<LinearParams>");
        float[] b = tdnn6.vector("<BiasParams>");
        double[] out = new double[w.length];
        for (int r = 0; r < w.length; r++) {
            double sum = b[r];
            for (int c = 0; c < pooled.length; c++) {
                sum += w[r][c] * pooled[c];
            }
            out[r] = sum;
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double[] toDoubles(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
