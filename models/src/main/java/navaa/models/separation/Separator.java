package navaa.models.separation;

import navaa.models.stream.BlockKernel;

import java.io.Serializable;

/**
 * A streaming vocal/accompaniment separator with the job engine's kernel contract: interleaved
 * float PCM in, block by block, both stems out, and a {@link Serializable} state so that a job
 * restarted from a checkpoint produces the same output, bit for bit, as one that never stopped.
 * <p>
 * <b>Layout.</b> For input frames of C channels, every output frame has 2·C channels: the
 * vocals of channels 0..C-1, then the instrumental of channels 0..C-1. Stereo in gives
 * {@code [vocals L, vocals R, instrumental L, instrumental R]}.
 * <p>
 * <b>Latency.</b> The separator looks {@link #latencyFrames()} frames ahead. It takes that delay
 * out itself: the first calls of {@link #process} return fewer frames than they take, and
 * {@link #flush} returns the rest, so the output has exactly as many frames as the input and
 * output frame i belongs to input frame i. No call of {@code process} returns more frames than
 * it was given.
 * <p>
 * <b>Calls.</b> {@code process} takes {@code frames} interleaved frames of C channels and
 * writes the output frames that are ready (2·C channels) to a different array with room for
 * {@code frames} output frames; {@code flush} writes the frames still held back, at most
 * {@link #latencyFrames()}, and a second call writes nothing; {@code restore} takes a
 * {@code snapshot} of a separator of the same method, channels and rate.
 * <p>
 * Not thread-safe: one instance per stream.
 */
public interface Separator extends BlockKernel {

    /** What makes the stems, for the job's record. */
    SeparationMethod method();

    /** Channels of an input frame, C. */
    int inputChannels();

    /** Channels of an output frame: 2·C, vocals first. */
    default int outputChannels() {
        return 2 * inputChannels();
    }

    /** In Hz. */
    int sampleRate();

    /** Frames of look-ahead; also the most frames {@link #flush} writes. */
    int latencyFrames();

    @Override
    default int maxFlushFrames() {
        return latencyFrames();
    }

    /** Frees native resources (the ONNX session); the signal-processing separators hold none. */
    @Override
    void close();
}
