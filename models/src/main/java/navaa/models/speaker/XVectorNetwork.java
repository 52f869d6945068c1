package navaa.models.speaker;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

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

    private final List<TdnnLayer> layers;
    private final StatsEmbedding head;
    private final int poolFirst;
    private final int poolLast;
    private final int leftContext;
    private final int rightContext;

    XVectorNetwork(List<TdnnLayer> layers, StatsEmbedding head, int poolFirst, int poolLast) {
        this.layers = List.copyOf(layers);
        this.head = head;
        this.poolFirst = poolFirst;
        this.poolLast = poolLast;
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
        return XVectorSheet.build(file);
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
        dims[layers.size()] = head.pooledDim();
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
        return head.of(relu, 0, relu.length);
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
        return head.of(frameLevel, from, to);
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
}
