package navaa.models.denoise;

import navaa.models.stream.BlockKernel;
import navaa.models.stream.DelayedStream;
import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * DTLN noise suppression of 16 kHz mono audio (floats in [-1, 1]), streaming in blocks of
 * any size. The output is the enhanced input delayed by {@link #latencySamples()}; after the
 * last block, {@link #flush} gives the tail, so the whole output is that many samples
 * longer than the input.
 * <p>
 * The model works in hops of 128 samples; a block that ends inside a hop keeps its last
 * samples until the hop is complete. So that every call can still return as many samples
 * as it was given, the output starts with 127 samples of silence: latency 384 + 127 = 511
 * samples (31.9 ms).
 * <p>
 * {@link #snapshot()} and {@link #restore} carry a stream over a restart (a batch
 * checkpoint): a new instance restored from a snapshot continues bit for bit as the old one
 * would have. Not thread-safe: one instance per stream. Loads DJL's TFLite engine through
 * {@link TfLiteRuntime}.
 */
public final class DtlnDenoiser implements DelayedStream {

    /** The only sample rate the model knows, in Hz. */
    public static final int SAMPLE_RATE = 16_000;
    private static final int HOP = DtlnHop.HOP;
    /** Silence ahead of the output, so that a partly filled hop never starves a call. */
    private static final int LEAD = HOP - 1;

    private final DtlnHop hop;
    private final float[] pendingIn = new float[HOP];
    private final float[] pendingOut = new float[LEAD + HOP];
    private final float[] zeros = new float[DtlnHop.DELAY + LEAD];
    /** Samples of the unfinished hop in {@link #pendingIn}; {@code LEAD - filled} wait in {@link #pendingOut}. */
    private int filled;

    /** The DTLN weights of the models jar. */
    public DtlnDenoiser() {
        this(Weights.read(WeightFile.DTLN_1), Weights.read(WeightFile.DTLN_2));
    }

    /**
     * @param model1 the bytes of {@code model_1.tflite} (magnitude mask)
     * @param model2 the bytes of {@code model_2.tflite} (time-domain stage)
     */
    public DtlnDenoiser(byte[] model1, byte[] model2) {
        hop = new DtlnHop(model1, model2);
    }

    /** Samples from a sample in to the same sample out: 511 (31.9 ms at 16 kHz). */
    public int latencySamples() {
        return DtlnHop.DELAY + LEAD;
    }

    /**
     * Denoises the next {@code samples} samples of {@code in} into the first {@code samples}
     * of {@code out}, delayed by {@link #latencySamples()}. {@code out} may be {@code in}.
     */
    @Override
    public void process(float[] in, float[] out, int samples) {
        Objects.checkFromIndexSize(0, samples, in.length);
        Objects.checkFromIndexSize(0, samples, out.length);
        for (int done = 0; done < samples; ) {
            int take = Math.min(samples - done, HOP - filled);
            System.arraycopy(in, done, pendingIn, filled, take);
            filled += take;
            int ready = LEAD - filled + take;
            if (filled == HOP) {
                hop.process(pendingIn, 0, pendingOut, ready);
                ready += HOP;
                filled = 0;
            }
            System.arraycopy(pendingOut, 0, out, done, take);
            System.arraycopy(pendingOut, take, pendingOut, 0, ready - take);
            done += take;
        }
    }

    /**
     * Ends the stream: writes the last {@link #latencySamples()} samples (the enhanced end of
     * the input) into {@code out}. Call {@link #reset()} before using the instance again.
     *
     * @return the samples written, {@link #latencySamples()}
     */
    @Override
    public int flush(float[] out) {
        process(zeros, out, zeros.length);
        return zeros.length;
    }

    /** Forgets the stream: the next sample starts a new one, as in a new instance. */
    public void reset() {
        float[] lstm = new float[TfLiteStep.STATE];
        float[] frame = new float[DtlnHop.FRAME];
        restore(new State(lstm, lstm, frame, frame, new float[0], new float[LEAD]));
    }

    /** Everything the stream carries from one block to the next. */
    @Override
    public State snapshot() {
        float[][] saved = hop.save();
        return new State(saved[0], saved[1], saved[2], saved[3],
                Arrays.copyOf(pendingIn, filled), Arrays.copyOf(pendingOut, LEAD - filled));
    }

    /** Continues the stream of a {@link #snapshot()}, possibly of another instance. */
    @Override
    public void restore(Serializable saved) {
        State state = BlockKernel.stateOf(State.class, saved);
        hop.load(state.maskLstm, state.timeLstm, state.frame, state.overlap);
        filled = state.pendingIn.length;
        System.arraycopy(state.pendingIn, 0, pendingIn, 0, filled);
        System.arraycopy(state.pendingOut, 0, pendingOut, 0, LEAD - filled);
    }

    @Override
    public void close() {
        hop.close();
    }

    /**
     * A stream between two blocks, for a checkpoint: immutable (the arrays are copied in
     * and out), {@link Serializable}, and checked when made or deserialized.
     *
     * @param maskLstm model_1's LSTM state [layer 2][unit 128][h, c], 512 floats
     * @param timeLstm model_2's LSTM state, same layout
     * @param frame the last 512 input samples the model saw
     * @param overlap the overlap-add buffer, 512 samples
     * @param pendingIn input of the unfinished hop, 0 to 127 samples
     * @param pendingOut output not yet handed out, 127 minus the length of {@code pendingIn}
     */
    public record State(float[] maskLstm, float[] timeLstm, float[] frame, float[] overlap,
                        float[] pendingIn, float[] pendingOut) implements Serializable {

        public State {
            maskLstm = copy(maskLstm, TfLiteStep.STATE, "maskLstm");
            timeLstm = copy(timeLstm, TfLiteStep.STATE, "timeLstm");
            frame = copy(frame, DtlnHop.FRAME, "frame");
            overlap = copy(overlap, DtlnHop.FRAME, "overlap");
            pendingIn = copy(pendingIn, Math.min(pendingIn.length, LEAD), "pendingIn");
            pendingOut = copy(pendingOut, LEAD - pendingIn.length, "pendingOut");
        }

        @Override public float[] maskLstm() { return maskLstm.clone(); }
        @Override public float[] timeLstm() { return timeLstm.clone(); }
        @Override public float[] frame() { return frame.clone(); }
        @Override public float[] overlap() { return overlap.clone(); }
        @Override public float[] pendingIn() { return pendingIn.clone(); }
        @Override public float[] pendingOut() { return pendingOut.clone(); }

        @Override
        public boolean equals(Object other) {
            return other instanceof State that && Arrays.equals(maskLstm, that.maskLstm)
                    && Arrays.equals(timeLstm, that.timeLstm) && Arrays.equals(frame, that.frame)
                    && Arrays.equals(overlap, that.overlap) && Arrays.equals(pendingIn, that.pendingIn)
                    && Arrays.equals(pendingOut, that.pendingOut);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(new Object[] {maskLstm, timeLstm, frame, overlap, pendingIn, pendingOut});
        }

        @Override
        public String toString() {
            return "DTLN state with " + pendingIn.length + " samples of an unfinished hop";
        }

        private static float[] copy(float[] values, int length, String name) {
            if (values.length != length) {
                throw new IllegalArgumentException("a DTLN state's " + name + " has " + values.length
                        + " floats, expected " + length);
            }
            return values.clone();
        }
    }
}
