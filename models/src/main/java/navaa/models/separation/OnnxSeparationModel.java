package navaa.models.separation;

import java.io.Serializable;
import java.util.Arrays;

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

    private final OnnxSeparationConfig config;
    private final SeparationMethod method;
    private final int chunk;
    private final int overlap;
    private final int stride;
    private final boolean accompanimentStem;
    private final OnnxChunkRunner model;
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
        chunk = config.chunkFrames();
        overlap = config.overlapFrames();
        stride = chunk - overlap;
        accompanimentStem = config.hasAccompanimentStem();
        model = new OnnxChunkRunner(config, channels);
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
        return model.stems();
    }

    /** One input frame in (silence when {@code in} is null), at most one output frame out. */
    @Override
    protected int step(float[] in, int at, float[] out, int written) {
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
        model.separate(chunkIn, vocals, accompaniment);
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

    @Override
    public Serializable snapshot() {
        int filled = overlap + (int) (pushed % stride);
        float[] unfinished = new float[channels * filled];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(chunkIn, c * chunk, unfinished, c * filled, filled);
        }
        return new OnnxSeparationState(method.id(), channels, config.sampleRate(), chunk, overlap, taken, pushed, unfinished, tail,
                Arrays.copyOfRange(pending, firstPending() * 2 * channels, pending.length));
    }

    /** The first frame of {@link #pending} still to hand out; the end if no chunk has run. */
    private int firstPending() {
        return pushed < stride ? stride : (int) (pushed % stride) + 1;
    }

    @Override
    public void restore(Serializable state) {
        if (!(state instanceof OnnxSeparationState saved) || !saved.model().equals(method.id()) || saved.channels() != channels
                || saved.sampleRate() != config.sampleRate() || saved.chunkFrames() != chunk
                || saved.overlapFrames() != overlap || saved.tail().length != tail.length) {
            throw new IllegalArgumentException("not the state of " + method.id() + " on " + channels + " channels, "
                    + "chunks of " + chunk + " overlapping by " + overlap + ": " + state);
        }
        long savedPushed = saved.pushed();
        int filled = overlap + (int) (savedPushed % stride);
        taken = saved.taken();
        pushed = savedPushed;
        int first = firstPending();
        float[] savedChunk = saved.chunk();
        float[] savedPending = saved.pending();
        if (savedChunk.length != channels * filled || savedPending.length != (stride - first) * 2 * channels) {
            throw new IllegalArgumentException("a state of " + method.id() + " with buffers of the wrong size");
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(savedChunk, c * filled, chunkIn, c * chunk, filled);
        }
        System.arraycopy(saved.tail(), 0, tail, 0, tail.length);
        System.arraycopy(savedPending, 0, pending, first * 2 * channels, savedPending.length);
    }

    @Override
    public void close() {
        model.close();
    }
}
