package navaa.models.stream;

import java.io.Serializable;

/**
 * The streaming kernel contract every audio process (boost, the limiter, DTLN, the separators)
 * keeps, so that the job engine drives any of them the same way: interleaved frames in, block
 * by block, interleaved frames out, lined up with the input frame for frame (a kernel with a
 * look-ahead hands out fewer frames at first and the rest at {@link #flush}); and a
 * {@link Serializable} state, part of every checkpoint, so that a kernel restored into a new
 * instance (in another process, after a crash) continues bit for bit as the old one would have.
 * <p>
 * Not thread-safe: one instance per stream.
 */
public interface BlockKernel extends AutoCloseable {

    /**
     * Processes {@code frames} frames of {@code in} into {@code out}; returns how many frames
     * went to {@code out}, never more than {@code frames}.
     */
    int process(float[] in, float[] out, int frames);

    /** Ends the stream: writes the frames still held back and returns their count. */
    int flush(float[] out);

    /** Everything the stream carries from one block to the next; a copy, not a view. */
    Serializable snapshot();

    /**
     * Continues the stream of a {@link #snapshot()} taken from a kernel made the same way.
     *
     * @throws IllegalArgumentException if the state belongs to another kind of kernel
     */
    void restore(Serializable state);

    /** The most frames {@link #flush} writes; by default a block's worth is always room enough. */
    default int maxFlushFrames() {
        return 0;
    }

    /** Releases native resources (a model's session); the default holds none. */
    @Override
    default void close() {
    }

    /** {@code state} as the kernel's own type, or the refusal {@link #restore} promises. */
    static <S extends Serializable> S stateOf(Class<S> type, Serializable state) {
        if (!type.isInstance(state)) {
            throw new IllegalArgumentException("not a " + type.getName() + ": "
                    + (state == null ? "null" : state.getClass().getName()));
        }
        return type.cast(state);
    }
}
