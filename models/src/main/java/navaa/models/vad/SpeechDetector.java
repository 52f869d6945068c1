package navaa.models.vad;

import navaa.models.weights.ModelUnavailableException;
import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import java.util.List;

/**
 * Speech segments of a 16 kHz mono stream fed in blocks of any length: cuts the stream
 * into Silero's 512-sample chunks and hands their probabilities to a
 * {@link SpeechSegmenter}. A partial last chunk is padded with silence. Not thread-safe.
 */
public final class SpeechDetector implements AutoCloseable {

    private final SileroVad vad;
    private final SpeechSegmenter segmenter = new SpeechSegmenter();
    private final float[] chunk = new float[SileroVad.CHUNK];
    private int filled;

    /**
     * With the Silero v5 weights of the models jar.
     *
     * @throws ModelUnavailableException when the weights or ONNX Runtime do not load
     */
    public SpeechDetector() {
        this(silero());
    }

    private static SileroVad silero() {
        try {
            return new SileroVad(Weights.read(WeightFile.SILERO_VAD_V5));
        } catch (RuntimeException | LinkageError e) {
            throw new ModelUnavailableException("the Silero VAD model does not load: " + e, e);
        }
    }

    public SpeechDetector(SileroVad vad) {
        this.vad = vad;
    }

    /** The next {@code count} samples of {@code samples}. */
    public void accept(float[] samples, int count) {
        for (int at = 0; at < count; ) {
            int take = Math.min(count - at, chunk.length - filled);
            System.arraycopy(samples, at, chunk, filled, take);
            filled += take;
            at += take;
            if (filled == chunk.length) {
                segmenter.accept(vad.probability(chunk));
                filled = 0;
            }
        }
    }

    /** The segments of the whole stream, in seconds; call once, after the last block. */
    public List<SpeechSegment> finish() {
        if (filled > 0) {
            java.util.Arrays.fill(chunk, filled, chunk.length, 0f);
            segmenter.accept(vad.probability(chunk));
            filled = 0;
        }
        return segmenter.finish();
    }

    /** Speech segments of a whole recording held in memory (a short sample). */
    public static List<SpeechSegment> of(float[] samples) {
        try (SpeechDetector detector = new SpeechDetector()) {
            detector.accept(samples, samples.length);
            return detector.finish();
        }
    }

    @Override
    public void close() {
        vad.close();
    }
}
