package navaa.models.speaker;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The x-vector network of {@code vosk-model-spk-0.4} (Kaldi callhome_diarization v2,
 * {@code final.ext.raw}) up to its embedding, the 128-dim pre-ReLU output of
 * {@code tdnn6.affine}:
 * <pre>
 * tdnn1  Append(input  −2,−1,0,+1,+2)  115 →  512  ReLU, BatchNorm
 * tdnn2  Append(tdnn1  −2,0,+2)       1536 →  512  ReLU, BatchNorm
 * tdnn3  Append(tdnn2  −3,0,+3)       1536 →  512  ReLU, BatchNorm
 * tdnn4  tdnn3                          512 →  512  ReLU, BatchNorm
 * tdnn5  tdnn4                          512 → 1500  ReLU, BatchNorm
 * stats  mean ‖ stddev of tdnn5 over frames t ∈ [0, 400] that have full context → 3000
 * tdnn6  affine                        3000 →  128  (the embedding)
 * </pre>
 * Vosk asks the network for its output at t = 0 only, so the pooling sees tdnn5 at
 * frames 7..min(400, N − 8): input frames past {@link #usefulFrames()} (408, about 4.1 s of
 * speech) change nothing and are not computed. {@link #from} checks every name, type,
 * dimension and frame offset against this table and refuses a file that differs.
 * <p>
 * Batch norm runs in test mode, {@code y = (x − StatsMean)·TargetRms/√(StatsVar + ε)}, as
 * Vosk's {@code SetBatchnormTestMode(true)} makes it (the file says {@code TestMode F},
 * the training setting). Being a per-dimension affine map, each batch norm is folded into
 * the next affine layer when the network is loaded; the layers then see the ReLU outputs
 * themselves, about half of which are zero, and skip them. The last batch norm is applied
 * to the pooled statistics instead (mean and standard deviation transform exactly).
 * <p>
 * Immutable and thread-safe: the weights are read-only after loading and every call of
 * {@link #forward} has its own buffers (about 6 MB for a 4-s window).
 */
public final class XVectorNetwork {

    /** MFCCs per frame. */
    public static final int INPUT_DIM = 23;
    /** Size of the embedding. */
    public static final int OUTPUT_DIM = 128;

    /** The layers and offsets of the model sheet (docs: models.md, section 3). */
    private static final String[] TDNN = {"tdnn1", "tdnn2", "tdnn3", "tdnn4", "tdnn5"};
    private static final int[][] OFFSETS = {{-2, -1, 0, 1, 2}, {-2, 0, 2}, {-3, 0, 3}, {0}, {0}};
    private static final int[] WIDTHS = {512, 512, 512, 512, 1500};
    private static final String EXTRACTION = "stats-extraction-0-400";
    private static final String POOLING = "stats-pooling-0-400";
    private static final String EMBEDDING = "tdnn6.affine";

    private final List<TdnnLayer> layers;
    private final float[] lastScale;
    private final float[] lastOffset;
    private final int poolFirst;
    private final int poolLast;
    private final double varianceFloor;
    private final float[][] embeddingWeights;
    private final float[] embeddingBias;
    private final int leftContext;
    private final int rightContext;

    private XVectorNetwork(List<TdnnLayer> layers, float[] lastScale, float[] lastOffset, int poolFirst, int poolLast,
                           double varianceFloor, float[][] embeddingWeights, float[] embeddingBias) {
        this.layers = List.copyOf(layers);
        this.lastScale = lastScale;
        this.lastOffset = lastOffset;
        this.poolFirst = poolFirst;
        this.poolLast = poolLast;
        this.varianceFloor = varianceFloor;
        this.embeddingWeights = embeddingWeights;
        this.embeddingBias = embeddingBias;
        int left = 0;
        int right = 0;
        for (TdnnLayer layer : layers) {
            left -= layer.offsets()[0];
            right += layer.offsets()[layer.offsets().length - 1];
        }
        leftContext = left;
        rightContext = right;
    }

    /** The network of the models jar ({@link WeightFile#SPK_NNET}, 15 MB). */
    public static XVectorNetwork load() {
        return from(Nnet3Reader.read(Weights.read(WeightFile.SPK_NNET)));
    }

    /**
     * Builds the network from a parsed nnet3 file.
     *
     * @throws IllegalStateException naming the first node, component, dimension or
     *         offset that differs from the model sheet's table
     */
    public static XVectorNetwork from(Nnet3File file) {
        Integer inputDim = file.inputNodes().get("input");
        if (inputDim == null || inputDim != INPUT_DIM) {
            throw new IllegalStateException("the nnet3 file's input-node input has dim " + inputDim + ", expected " + INPUT_DIM);
        }
        String output = file.outputNodes().get("output");
        if (!EMBEDDING.equals(output)) {
            throw new IllegalStateException("the nnet3 file's output-node output reads " + output + ", expected " + EMBEDDING);
        }
        List<TdnnLayer> layers = new ArrayList<>();
        String previous = "input";
        int inDim = INPUT_DIM;
        float[] scale = null;
        float[] offset = null;
        for (int i = 0; i < TDNN.length; i++) {
            String affine = TDNN[i] + ".affine";
            Nnet3File.ComponentNode node = file.node(affine);
            int[] offsets = offsets(node.input(), previous, affine);
            if (!Arrays.equals(offsets, OFFSETS[i])) {
                throw new IllegalStateException("the nnet3 node " + affine + " splices " + previous + " at offsets "
                        + Arrays.toString(offsets) + ", expected " + Arrays.toString(OFFSETS[i]));
            }
            Nnet3Component component = component(file, node, "NaturalGradientAffineComponent");
            float[][] weights = component.matrix("<LinearParams>");
            float[] bias = component.vector("<BiasParams>");
            checkShape(affine, weights, bias, WIDTHS[i], offsets.length * inDim);
            expectChain(file, TDNN[i] + ".relu", affine, "RectifiedLinearComponent", WIDTHS[i]);
            String batchnorm = TDNN[i] + ".batchnorm";
            Nnet3Component norm = expectChain(file, batchnorm, TDNN[i] + ".relu", "BatchNormComponent", WIDTHS[i]);
            layers.add(new TdnnLayer(offsets, inDim, weights, bias, scale, offset));
            float[][] folded = batchNorm(norm, WIDTHS[i]);
            scale = folded[0];
            offset = folded[1];
            previous = batchnorm;
            inDim = WIDTHS[i];
        }

        Nnet3Component extraction = component(file, file.node(EXTRACTION), "StatisticsExtractionComponent");
        if (!file.node(EXTRACTION).input().equals(previous)) {
            throw new IllegalStateException("the nnet3 node " + EXTRACTION + " reads " + file.node(EXTRACTION).input() + ", expected " + previous);
        }
        expectInt(extraction, "<InputDim>", inDim);
        expectInt(extraction, "<InputPeriod>", 1);
        expectInt(extraction, "<OutputPeriod>", 1);
        // Kaldi writes this token misspelt ("Varinance"); accept the right spelling too
        String includeVariance = extraction.has("<IncludeVarinance>") ? "<IncludeVarinance>" : "<IncludeVariance>";
        if (!extraction.boolValue(includeVariance)) {
            throw new IllegalStateException("the nnet3 component " + EXTRACTION + " extracts no variance; the embedding needs it");
        }
        Nnet3Component pooling = component(file, file.node(POOLING), "StatisticsPoolingComponent");
        if (!file.node(POOLING).input().equals(EXTRACTION)) {
            throw new IllegalStateException("the nnet3 node " + POOLING + " reads " + file.node(POOLING).input() + ", expected " + EXTRACTION);
        }
        expectInt(pooling, "<InputDim>", 2 * inDim + 1);
        expectInt(pooling, "<InputPeriod>", 1);
        expectInt(pooling, "<NumLogCountFeatures>", 0);
        if (!pooling.boolValue("<OutputStddevs>")) {
            throw new IllegalStateException("the nnet3 component " + POOLING + " outputs no standard deviations; the embedding needs them");
        }
        int left = pooling.intValue("<LeftContext>");
        int right = pooling.intValue("<RightContext>");

        Nnet3File.ComponentNode embeddingNode = file.node(EMBEDDING);
        String pooled = embeddingNode.input().replace(" ", "");
        if (!pooled.equals(POOLING) && !pooled.equals("Round(" + POOLING + ",1)")) {
            throw new IllegalStateException("the nnet3 node " + EMBEDDING + " reads " + embeddingNode.input() + ", expected " + POOLING);
        }
        Nnet3Component embedding = component(file, embeddingNode, "NaturalGradientAffineComponent");
        float[][] weights = embedding.matrix("<LinearParams>");
        float[] bias = embedding.vector("<BiasParams>");
        checkShape(EMBEDDING, weights, bias, OUTPUT_DIM, 2 * inDim);
        return new XVectorNetwork(layers, scale, offset, -left, right, pooling.floatValue("<VarianceFloor>"), weights, bias);
    }

    /** Input frames consumed on the left of the first pooled frame: 7. */
    public int leftContext() {
        return leftContext;
    }

    /** Input frames consumed on the right of the last pooled frame: 7. */
    public int rightContext() {
        return rightContext;
    }

    /** The fewest input frames that give an output: one pooled frame, 15. */
    public int minimumFrames() {
        return leftContext + rightContext + 1;
    }

    /** Input frames that can influence the output; later ones are ignored: 408. */
    public int usefulFrames() {
        return poolLast + rightContext + 1;
    }

    /** The widths of the TDNN layers in order, then the pooled and the output dims: for tests and messages. */
    public int[] dims() {
        int[] dims = new int[layers.size() + 2];
        for (int i = 0; i < layers.size(); i++) {
            dims[i] = layers.get(i).outDim();
        }
        dims[layers.size()] = 2 * lastScale.length;
        dims[layers.size() + 1] = OUTPUT_DIM;
        return dims;
    }

    /**
     * The raw embedding, Vosk's network output at t = 0.
     *
     * @param features {@code [frames][23]} MFCCs after sliding CMN, at least
     *        {@link #minimumFrames()} frames
     * @return the 128 outputs of {@code tdnn6.affine}, before mean removal and whitening
     */
    public float[] forward(float[][] features) {
        int frames = features.length;
        int last = Math.min(poolLast, frames - 1 - rightContext);
        int first = Math.max(poolFirst, leftContext);
        if (last < first) {
            throw new IllegalArgumentException("the x-vector network needs at least " + minimumFrames() + " frames, not " + frames);
        }
        float[][] relu = lastLayer(features, first, last);
        return embed(pool(relu, 0, relu.length));
    }

    /**
     * The frame-level part of the network over a whole stretch of speech: the last TDNN
     * layer's ReLU outputs at every frame that has full context, input frames
     * {@link #leftContext()} to {@code N − 1 −} {@link #rightContext()}. The layers are a
     * convolution over time, so windows that overlap share these frames: compute them once
     * and {@link #embedFrames pool} each window from them.
     *
     * @return {@code N − 14} rows of 1500 values (row 0 is input frame 7), or none when
     *         the stretch is shorter than {@link #minimumFrames()}
     */
    public float[][] frameLevel(float[][] features) {
        int first = leftContext;
        int last = features.length - 1 - rightContext;
        return last < first ? new float[0][] : lastLayer(features, first, last);
    }

    /** The raw embedding (as {@link #forward}) of rows {@code [from, to)} of {@link #frameLevel}'s output. */
    public float[] embedFrames(float[][] frameLevel, int from, int to) {
        if (from < 0 || to > frameLevel.length || to <= from) {
            throw new IllegalArgumentException("rows " + from + "–" + to + " of " + frameLevel.length);
        }
        return embed(pool(frameLevel, from, to));
    }

    /** The last layer's outputs at frames [first, last] of the input. */
    private float[][] lastLayer(float[][] features, int first, int last) {
        // frames each layer must produce, from the pooled range back to the input
        int count = layers.size();
        int[] firstOut = new int[count];
        int[] lastOut = new int[count];
        int lo = first;
        int hi = last;
        for (int l = count - 1; l >= 0; l--) {
            firstOut[l] = lo;
            lastOut[l] = hi;
            int[] offsets = layers.get(l).offsets();
            lo += offsets[0];
            hi += offsets[offsets.length - 1];
        }
        float[][] activations = new float[hi - lo + 1][];
        for (int t = lo; t <= hi; t++) {
            if (features[t].length != INPUT_DIM) {
                throw new IllegalArgumentException("frame " + t + " has " + features[t].length + " features, not " + INPUT_DIM);
            }
            activations[t - lo] = features[t];
        }
        int activationsFirst = lo;
        for (int l = 0; l < count; l++) {
            activations = layers.get(l).apply(activations, activationsFirst, firstOut[l], lastOut[l]);
            activationsFirst = firstOut[l];
        }
        return activations;
    }

    /** Mean ‖ standard deviation of the last batch norm's output over the pooled frames. */
    private float[] pool(float[][] relu, int from, int to) {
        int dim = lastScale.length;
        int frames = to - from;
        double[] sum = new double[dim];
        double[] squares = new double[dim];
        for (int t = from; t < to; t++) {
            float[] frame = relu[t];
            for (int d = 0; d < dim; d++) {
                double x = frame[d];
                sum[d] += x;
                squares[d] += x * x;
            }
        }
        float[] pooled = new float[2 * dim];
        for (int d = 0; d < dim; d++) {
            double mean = sum[d] / frames;
            double variance = Math.max(0, squares[d] / frames - mean * mean);
            // the batch norm y = scale·x + offset moves the mean and scales the spread
            double scale = lastScale[d];
            double normMean = scale * mean + lastOffset[d];
            double normVariance = Math.max(varianceFloor, scale * scale * variance);
            pooled[d] = (float) normMean;
            pooled[dim + d] = (float) Math.sqrt(normVariance);
        }
        return pooled;
    }

    private float[] embed(float[] pooled) {
        float[] out = new float[OUTPUT_DIM];
        for (int o = 0; o < OUTPUT_DIM; o++) {
            float[] row = embeddingWeights[o];
            double sum = embeddingBias[o];
            for (int i = 0; i < pooled.length; i++) {
                sum += row[i] * pooled[i];
            }
            out[o] = (float) sum;
        }
        return out;
    }

    /** Test-mode batch norm as {scale, offset}: y = scale·x + offset. */
    private static float[][] batchNorm(Nnet3Component norm, int dim) {
        expectInt(norm, "<BlockDim>", dim);
        float epsilon = norm.floatValue("<Epsilon>");
        float targetRms = norm.floatValue("<TargetRms>");
        float[] mean = norm.vector("<StatsMean>");
        float[] variance = norm.vector("<StatsVar>");
        if (mean.length != dim || variance.length != dim) {
            throw new IllegalStateException("the nnet3 component " + norm + " has statistics of " + mean.length + " / "
                    + variance.length + " dims, expected " + dim);
        }
        float[] scale = new float[dim];
        float[] offset = new float[dim];
        for (int d = 0; d < dim; d++) {
            double s = targetRms / Math.sqrt(variance[d] + epsilon);
            scale[d] = (float) s;
            offset[d] = (float) (-mean[d] * s);
        }
        return new float[][]{scale, offset};
    }

    /**
     * The frame offsets of an input descriptor that splices one node: {@code node} is
     * offset 0, {@code Offset(node, k)} is k, {@code Append(...)} lists them in order.
     */
    static int[] offsets(String descriptor, String node, String reader) {
        String d = descriptor.replace(" ", "");
        List<String> terms = new ArrayList<>();
        if (d.startsWith("Append(") && d.endsWith(")")) {
            int depth = 0;
            int start = "Append(".length();
            for (int i = start; i < d.length() - 1; i++) {
                char c = d.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    terms.add(d.substring(start, i));
                    start = i + 1;
                }
            }
            terms.add(d.substring(start, d.length() - 1));
        } else {
            terms.add(d);
        }
        int[] offsets = new int[terms.size()];
        for (int i = 0; i < offsets.length; i++) {
            String term = terms.get(i);
            if (term.equals(node)) {
                offsets[i] = 0;
            } else if (term.startsWith("Offset(" + node + ",") && term.endsWith(")")) {
                offsets[i] = Integer.parseInt(term.substring(("Offset(" + node + ",").length(), term.length() - 1));
            } else {
                throw new IllegalStateException("the nnet3 node " + reader + " has input " + descriptor
                        + "; expected only " + node + " and Offset(" + node + ", k) terms");
            }
            if (i > 0 && offsets[i] <= offsets[i - 1]) {
                throw new IllegalStateException("the nnet3 node " + reader + " splices offsets out of order: " + descriptor);
            }
        }
        return offsets;
    }

    private static Nnet3Component expectChain(Nnet3File file, String name, String input, String type, int dim) {
        Nnet3File.ComponentNode node = file.node(name);
        if (!node.input().equals(input)) {
            throw new IllegalStateException("the nnet3 node " + name + " reads " + node.input() + ", expected " + input);
        }
        Nnet3Component component = component(file, node, type);
        expectInt(component, "<Dim>", dim);
        return component;
    }

    private static Nnet3Component component(Nnet3File file, Nnet3File.ComponentNode node, String type) {
        Nnet3Component component = file.component(node.component());
        if (!component.type().equals(type)) {
            throw new IllegalStateException("the nnet3 node " + node.name() + " runs a " + component.type() + ", expected a " + type);
        }
        return component;
    }

    private static void expectInt(Nnet3Component component, String token, int expected) {
        int actual = component.intValue(token);
        if (actual != expected) {
            throw new IllegalStateException("the nnet3 component " + component + " has " + token + " " + actual + ", expected " + expected);
        }
    }

    private static void checkShape(String name, float[][] weights, float[] bias, int out, int in) {
        if (weights.length != out || weights[0].length != in || bias.length != out) {
            throw new IllegalStateException("the nnet3 component " + name + " is " + weights[0].length + " → " + weights.length
                    + " (bias " + bias.length + "), expected " + in + " → " + out);
        }
    }
}
