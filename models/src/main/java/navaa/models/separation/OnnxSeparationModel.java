package navaa.models.separation;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The slot for a customer's separation model in ONNX, run by ONNX Runtime, streaming, with the
 * {@link Separator} contract.
 * <p>
 * <b>The model's contract.</b> One input, a float tensor {@code [1, C, T]}: C channels of T
 * samples at {@link OnnxSeparationConfig#sampleRate()}, in [-1, 1]. Its first output, a float
 * tensor {@code [1, S, C, T]}: S stems of the same channels and samples, the vocals at
 * {@link OnnxSeparationConfig#vocalsStem()} and, if the configuration names one, the
 * accompaniment at {@link OnnxSeparationConfig#accompanimentStem()}. Any dimension may be
 * dynamic; a fixed T must equal the configured chunk. A model with a fixed C of 1 on a stream
 * of several channels runs once per channel; one with a fixed C of 2 on a mono stream gets the
 * channel twice and its two output channels are averaged. The shapes are checked when the
 * model is loaded, by its declared shapes and by one run on a chunk of silence; a model that
 * breaks the contract is refused with an {@link IllegalArgumentException} naming the file and
 * what is wrong.
 * <p>
 * <b>Chunks.</b> The stream is cut into chunks of T samples, each starting T − O after the
 * previous one (O = {@link OnnxSeparationConfig#overlapFrames()}); where two chunks overlap, the
 * outputs cross-fade with complementary raised-cosine weights ({@code sin²}, {@code cos²}, which
 * add up to 1), so that a model which is not exactly the same at a chunk's edges does not click.
 * The first chunk starts O samples before the stream, on silence. The instrumental is the
 * cross-faded accompaniment stem, or, without one, the input minus the vocals, so that the stems
 * add up to the input.
 * <p>
 * <b>Latency and memory.</b> A sample is final once the chunk after the one it ends in has
 * run: latency T − 1 frames, so {@link #flush} needs room for {@code (T − 1) · 2C} floats. The
 * state holds the unfinished chunk and the outputs not yet handed out (together at most
 * {@code (O + 2(T − O)) · C} floats, as one fills while the other empties) and the fade tails
 * ({@code O · C} floats per stem kept): 3.0 MB for 4 s chunks overlapping by 0.5 s of 44.1 kHz
 * stereo. It goes into every checkpoint, so keep chunks to a few seconds. Buffers are made in the constructor; a chunk allocates only
 * ONNX Runtime's small per-run objects, input and output tensors are pinned to direct buffers.
 * <p>
 * ONNX Runtime's default CPU threading (one thread per physical core) applies: models worth
 * running are far heavier than the signal-processing separators. Not thread-safe; close it to
 * free the native session.
 */
public final class OnnxSeparationModel extends FrameSteppedSeparator {

    /**
     * A stream between two blocks, for a checkpoint.
     *
     * @param model   the model's file name
     * @param chunk   input of the unfinished chunk, channel after channel, as many samples each
     *                as it has so far
     * @param tail    the last O outputs of the previous chunk per stem kept and channel, to fade
     *                from
     * @param pending outputs not yet handed out, interleaved 2·C channels
     */
    public record State(String model, int channels, int sampleRate, int chunkFrames, int overlapFrames, long taken,
                        long pushed, float[] chunk, float[] tail, float[] pending) implements Serializable {

        public State {
            chunk = chunk.clone();
            tail = tail.clone();
            pending = pending.clone();
        }

        @Override
        public float[] chunk() {
            return chunk.clone();
        }

        @Override
        public float[] tail() {
            return tail.clone();
        }

        @Override
        public float[] pending() {
            return pending.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof State that && model.equals(that.model) && channels == that.channels
                    && sampleRate == that.sampleRate && chunkFrames == that.chunkFrames
                    && overlapFrames == that.overlapFrames && taken == that.taken && pushed == that.pushed
                    && Arrays.equals(chunk, that.chunk) && Arrays.equals(tail, that.tail)
                    && Arrays.equals(pending, that.pending);
        }

        @Override
        public int hashCode() {
            return Objects.hash(model, channels, sampleRate, chunkFrames, overlapFrames, taken, pushed);
        }

        @Override
        public String toString() {
            return "state of " + model + " after " + taken + " frames";
        }
    }

    private final OnnxSeparationConfig config;
    private final SeparationMethod method;
    private final String where;
    private final int chunk;
    private final int overlap;
    private final int stride;
    private final int modelChannels;
    private final int stems;
    private final boolean accompanimentStem;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final FloatBuffer modelIn;
    private final FloatBuffer modelOut;
    private final OnnxTensor inputTensor;
    private final OnnxTensor outputTensor;
    /** Fade-in weight of the new chunk over the overlap; the old one fades with 1 − w. */
    private final float[] fade;
    /** Input of the chunk being filled, planar [channel][T]. */
    private final float[] chunkIn;
    /** The model's stems of the last chunk, planar [channel][T]. */
    private final float[] vocals;
    private final float[] accompaniment;
    /** The previous chunk's last O outputs: vocals [channel][O], then accompaniment [channel][O]. */
    private final float[] tail;
    /** Final outputs of the last chunk, T − O frames of 2·C channels, from its first sample on. */
    private final float[] pending;

    /**
     * Loads and checks the model.
     *
     * @param channels C of the stream, which must be at {@code config.sampleRate()}
     * @throws IllegalArgumentException if the file cannot be loaded or breaks the contract
     */
    public OnnxSeparationModel(OnnxSeparationConfig config, int channels) {
        super(channels, config.chunkFrames() - 1);
        this.config = config;
        method = SeparationMethod.onnx(config.model());
        where = "separation model " + config.model() + ": ";
        chunk = config.chunkFrames();
        overlap = config.overlapFrames();
        stride = chunk - overlap;
        accompanimentStem = config.hasAccompanimentStem();
        OrtSession opened = open(config.model());
        try {
            inputName = single(opened.getInputInfo(), "input");
            long[] in = checkedInput(opened.getInputInfo().get(inputName));
            modelChannels = in[1] < 0 ? channels : (int) in[1];
            outputName = opened.getOutputInfo().keySet().iterator().next();
            checkDeclaredOutput(opened.getOutputInfo().get(outputName));
        } catch (OrtException e) {
            close(opened);
            throw new IllegalArgumentException(where + "ONNX Runtime cannot read its inputs and outputs: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
        session = opened;
        modelIn = direct(modelChannels * chunk);
        try {
            inputTensor = tensor(modelIn, new long[] {1, modelChannels, chunk});
        } catch (RuntimeException e) {
            close(session);
            throw e;
        }
        try {
            stems = probe();
            modelOut = direct(stems * modelChannels * chunk);
            outputTensor = tensor(modelOut, new long[] {1, stems, modelChannels, chunk});
        } catch (RuntimeException e) {
            inputTensor.close();
            close(session);
            throw e;
        }
        fade = new float[overlap];
        for (int i = 0; i < overlap; i++) {
            double s = Math.sin(0.5 * Math.PI * (i + 0.5) / overlap);
            fade[i] = (float) (s * s);
        }
        chunkIn = new float[channels * chunk];
        vocals = new float[channels * chunk];
        accompaniment = accompanimentStem ? new float[channels * chunk] : null;
        tail = new float[(accompanimentStem ? 2 : 1) * channels * overlap];
        pending = new float[stride * 2 * channels];
    }

    private OrtSession open(Path model) {
        if (!config.present()) {
            throw new IllegalArgumentException(where + "no such file");
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            return environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException(where + "not a model ONNX Runtime can load: " + e.getMessage(), e);
        }
    }

    private String single(Map<String, NodeInfo> inputs, String what) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException(where + "has " + inputs.size() + " " + what + "s " + inputs.keySet()
                    + ", the contract is one input [1, channels, samples]");
        }
        return inputs.keySet().iterator().next();
    }

    /** The input's declared shape, checked against [1, C, T]. */
    private long[] checkedInput(NodeInfo input) {
        long[] shape = floatTensorShape(input, "input");
        if (shape.length != 3) {
            throw new IllegalArgumentException(where + "input '" + input.getName() + "' has shape " + text(shape)
                    + " (rank " + shape.length + "), the contract is [1, channels, samples]");
        }
        if (shape[0] > 1) {
            throw new IllegalArgumentException(where + "input '" + input.getName() + "' has a batch of " + shape[0]
                    + ", the contract is 1");
        }
        long c = shape[1];
        if (c >= 0 && c != channels && c != 1 && !(c == 2 && channels == 1)) {
            throw new IllegalArgumentException(where + "input '" + input.getName() + "' takes " + c
                    + " channels, the stream has " + channels);
        }
        if (shape[2] >= 0 && shape[2] != chunk) {
            throw new IllegalArgumentException(where + "input '" + input.getName() + "' takes chunks of " + shape[2]
                    + " samples, the configuration says " + chunk);
        }
        return shape;
    }

    private void checkDeclaredOutput(NodeInfo output) {
        long[] shape = floatTensorShape(output, "output");
        if (shape.length == 0) {
            return; // no shape declared, none inferred: the probe run decides
        }
        if (shape.length != 4) {
            throw new IllegalArgumentException(where + "output '" + output.getName() + "' has shape " + text(shape)
                    + " (rank " + shape.length + "), the contract is [1, stems, channels, samples]");
        }
        checkStems(shape[1], output.getName());
    }

    private void checkStems(long stemCount, String name) {
        int needed = Math.max(config.vocalsStem(), config.accompanimentStem()) + 1;
        if (stemCount >= 0 && stemCount < needed) {
            throw new IllegalArgumentException(where + "output '" + name + "' has " + stemCount
                    + " stems, the configuration wants stem " + (needed - 1));
        }
    }

    private long[] floatTensorShape(NodeInfo node, String what) {
        if (!(node.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(where + what + " '" + node.getName() + "' is " + node.getInfo()
                    + ", the contract is a float tensor");
        }
        return tensor.getShape();
    }

    /** A tensor over a direct buffer, which ONNX Runtime reads or writes in place. */
    private OnnxTensor tensor(FloatBuffer buffer, long[] shape) {
        try {
            return OnnxTensor.createTensor(environment, buffer, shape);
        } catch (OrtException e) {
            throw new IllegalStateException(where + "cannot make a tensor " + text(shape) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a chunk of silence; returns the number of stems, having checked the output's real shape. */
    private int probe() {
        try (OrtSession.Result result = session.run(Map.of(inputName, inputTensor))) {
            OnnxValue value = result.get(0);
            long[] shape = value instanceof OnnxTensor tensor ? tensor.getInfo().getShape() : new long[0];
            long[] wanted = {1, shape.length > 1 ? shape[1] : -1, modelChannels, chunk};
            if (shape.length != 4 || shape[0] != 1 || shape[2] != modelChannels || shape[3] != chunk) {
                throw new IllegalArgumentException(where + "on a chunk [1, " + modelChannels + ", " + chunk
                        + "] the output '" + outputName + "' is " + text(shape) + ", the contract is " + text(wanted));
            }
            checkStems(shape[1], outputName);
            return (int) shape[1];
        } catch (OrtException e) {
            throw new IllegalArgumentException(where + "fails on a chunk [1, " + modelChannels + ", " + chunk
                    + "] of silence: " + e.getMessage(), e);
        }
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static String text(long[] shape) {
        return Arrays.toString(shape).replace("-1", "?");
    }

    @Override
    public SeparationMethod method() {
        return method;
    }

    @Override
    public int sampleRate() {
        return config.sampleRate();
    }

    /** The configuration it runs with. */
    public OnnxSeparationConfig config() {
        return config;
    }

    /** S, the stems the model gives. */
    public int stems() {
        return stems;
    }

    /** One input frame in (silence when {@code in} is null), at most one output frame out. */
    @Override
    int step(float[] in, int at, float[] out, int written) {
        int position = overlap + (int) (pushed % stride);
        for (int c = 0; c < channels; c++) {
            chunkIn[c * chunk + position] = in == null ? 0f : in[at + c];
        }
        pushed++;
        if (position == chunk - 1) {
            completeChunk();
        }
        if (pushed <= latency) {
            return 0;
        }
        long due = pushed - 1 - latency;
        int from = (int) ((due + overlap) % stride) * 2 * channels;
        System.arraycopy(pending, from, out, written * 2 * channels, 2 * channels);
        return 1;
    }

    /** The chunk is full: run the model, fade its start into the previous chunk's end, keep its own end. */
    private void completeChunk() {
        runModel();
        int kept = accompanimentStem ? 2 : 1;
        for (int p = 0; p < stride; p++) {
            int to = p * 2 * channels;
            for (int c = 0; c < channels; c++) {
                float v = vocals[c * chunk + p];
                float a = accompanimentStem ? accompaniment[c * chunk + p] : 0f;
                if (p < overlap) {
                    float w = fade[p];
                    v = tail[c * overlap + p] * (1 - w) + v * w;
                    if (accompanimentStem) {
                        a = tail[(channels + c) * overlap + p] * (1 - w) + a * w;
                    }
                }
                pending[to + c] = v;
                pending[to + channels + c] = accompanimentStem ? a : chunkIn[c * chunk + p] - v;
            }
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(vocals, c * chunk + stride, tail, c * overlap, overlap);
            if (kept == 2) {
                System.arraycopy(accompaniment, c * chunk + stride, tail, (channels + c) * overlap, overlap);
            }
            // the overlap is the start of the next chunk
            System.arraycopy(chunkIn, c * chunk + stride, chunkIn, c * chunk, overlap);
        }
    }

    /** The stems of {@link #chunkIn} into {@link #vocals} (and {@link #accompaniment}). */
    private void runModel() {
        if (modelChannels == channels) {
            modelIn.put(0, chunkIn, 0, channels * chunk);
            run();
            for (int c = 0; c < channels; c++) {
                stem(config.vocalsStem(), c, vocals, c);
                if (accompanimentStem) {
                    stem(config.accompanimentStem(), c, accompaniment, c);
                }
            }
        } else if (modelChannels == 1) {
            for (int c = 0; c < channels; c++) {
                modelIn.put(0, chunkIn, c * chunk, chunk);
                run();
                stem(config.vocalsStem(), 0, vocals, c);
                if (accompanimentStem) {
                    stem(config.accompanimentStem(), 0, accompaniment, c);
                }
            }
        } else { // a stereo model on a mono stream
            modelIn.put(0, chunkIn, 0, chunk);
            modelIn.put(chunk, chunkIn, 0, chunk);
            run();
            averageOfTwo(config.vocalsStem(), vocals);
            if (accompanimentStem) {
                averageOfTwo(config.accompanimentStem(), accompaniment);
            }
        }
    }

    private void run() {
        try (OrtSession.Result ignored = session.run(Map.of(inputName, inputTensor), Map.of(outputName, outputTensor))) {
            // the output is in modelOut
        } catch (OrtException e) {
            throw new IllegalStateException(where + "a run failed: " + e.getMessage(), e);
        }
    }

    /** Copies model output [stem][modelChannel][*] to {@code target}'s channel {@code channel}. */
    private void stem(int stem, int modelChannel, float[] target, int channel) {
        modelOut.get((stem * modelChannels + modelChannel) * chunk, target, channel * chunk, chunk);
    }

    private void averageOfTwo(int stem, float[] target) {
        int first = stem * 2 * chunk;
        for (int t = 0; t < chunk; t++) {
            target[t] = 0.5f * (modelOut.get(first + t) + modelOut.get(first + chunk + t));
        }
    }

    @Override
    public State snapshot() {
        int filled = overlap + (int) (pushed % stride);
        float[] unfinished = new float[channels * filled];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(chunkIn, c * chunk, unfinished, c * filled, filled);
        }
        return new State(method.id(), channels, config.sampleRate(), chunk, overlap, taken, pushed, unfinished, tail,
                Arrays.copyOfRange(pending, firstPending() * 2 * channels, pending.length));
    }

    /** The first frame of {@link #pending} still to hand out; the end if no chunk has run. */
    private int firstPending() {
        return pushed < stride ? stride : (int) (pushed % stride) + 1;
    }

    @Override
    public void restore(Serializable state) {
        if (!(state instanceof State saved) || !saved.model().equals(method.id()) || saved.channels() != channels
                || saved.sampleRate() != config.sampleRate() || saved.chunkFrames() != chunk
                || saved.overlapFrames() != overlap || saved.tail.length != tail.length) {
            throw new IllegalArgumentException("not the state of " + method.id() + " on " + channels + " channels, "
                    + "chunks of " + chunk + " overlapping by " + overlap + ": " + state);
        }
        long savedPushed = saved.pushed();
        int filled = overlap + (int) (savedPushed % stride);
        taken = saved.taken();
        pushed = savedPushed;
        int first = firstPending();
        if (saved.chunk.length != channels * filled || saved.pending.length != (stride - first) * 2 * channels) {
            throw new IllegalArgumentException("a state of " + method.id() + " with buffers of the wrong size");
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(saved.chunk, c * filled, chunkIn, c * chunk, filled);
        }
        System.arraycopy(saved.tail, 0, tail, 0, tail.length);
        System.arraycopy(saved.pending, 0, pending, first * 2 * channels, saved.pending.length);
    }

    @Override
    public void close() {
        inputTensor.close();
        outputTensor.close();
        close(session);
    }

    private void close(OrtSession opened) {
        try {
            opened.close();
        } catch (OrtException e) {
            throw new IllegalStateException(where + "cannot close the session: " + e.getMessage(), e);
        }
    }
}
