package navaa.jobs.control;

import java.io.Serializable;

/**
 * A streaming audio process (boost, denoise, ...) as the writer drives it: interleaved
 * frames in, interleaved frames out, with any internal delay taken out so that the output
 * lines up with the input frame for frame. Its state is part of every checkpoint, so a
 * restarted job continues exactly where the last commit left it.
 */
public interface BlockKernel extends AutoCloseable {

    /** Processes {@code frames} frames of {@code in}; returns how many frames went to {@code out}. */
    int process(float[] in, float[] out, int frames);

    /** The rest of the stream after the last block; returns the frames written. */
    int flush(float[] out);

    Serializable snapshot();

    /** The most frames {@link #flush} writes; a block's worth is always room enough by default. */
    default int maxFlushFrames() {
        return 0;
    }

    void restore(Serializable state);

    /** Releases native resources (a model's session); the default holds none. */
    @Override
    default void close() {
    }
}
