package navaa.models.vad;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * Silero VAD v5 on ONNX Runtime: feed 16 kHz mono audio in chunks of {@link #CHUNK}
 * samples (32 ms), get the probability that the chunk is speech. Streaming: the model's
 * recurrent state and the last {@link #CONTEXT} samples carry over between chunks.
 * <p>
 * The v5 graph wants each chunk preceded by the previous chunk's last 64 samples (the
 * upstream {@code OnnxWrapper} and vad-web both do this); without them the probabilities
 * are quietly wrong. Not thread-safe: one instance per stream.
 */
public final class SileroVad implements AutoCloseable {

    /** Samples per chunk at {@link #SAMPLE_RATE}. */
    public static final int CHUNK = 512;
    public static final int CONTEXT = 64;
    public static final int SAMPLE_RATE = 16_000;
    private static final long[] INPUT_SHAPE = {1, CONTEXT + CHUNK};
    private static final long[] STATE_SHAPE = {2, 1, 128};

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final float[] input = new float[CONTEXT + CHUNK];
    private float[] state = new float[2 * 128];

    /** @param model the bytes of {@code silero_vad_v5.onnx} */
    public SileroVad(byte[] model) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // one stream is a tiny graph: more threads only add scheduling overhead
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the Silero VAD model: " + e.getMessage(), e);
        }
    }

    /** Speech probability 0..1 of the next {@link #CHUNK} samples, in [-1, 1]. */
    public float probability(float[] chunk) {
        if (chunk.length != CHUNK) {
            throw new IllegalArgumentException("Silero VAD takes chunks of " + CHUNK + " samples, not " + chunk.length);
        }
        System.arraycopy(chunk, 0, input, CONTEXT, CHUNK);
        try (OnnxTensor samples = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), INPUT_SHAPE);
             OnnxTensor recurrent = OnnxTensor.createTensor(environment, FloatBuffer.wrap(state), STATE_SHAPE);
             OnnxTensor rate = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[]{SAMPLE_RATE}), new long[0]);
             OrtSession.Result result = session.run(Map.of("input", samples, "state", recurrent, "sr", rate))) {
            float speech = ((float[][]) result.get("output").orElseThrow().getValue())[0][0];
            state = flatten((float[][][]) result.get("stateN").orElseThrow().getValue());
            System.arraycopy(input, CHUNK, input, 0, CONTEXT);
            return speech;
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD failed: " + e.getMessage(), e);
        }
    }

    /** Forgets the stream: a new recording starts from silence. */
    public void reset() {
        state = new float[2 * 128];
        java.util.Arrays.fill(input, 0f);
    }

    private static float[] flatten(float[][][] values) {
        float[] flat = new float[2 * 128];
        for (int layer = 0; layer < 2; layer++) {
            System.arraycopy(values[layer][0], 0, flat, layer * 128, 128);
        }
        return flat;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
