package navaa.models.stream;

import java.io.Serializable;

/**
 * Two kernels one after the other (denoise, then the optional boost), with the same
 * channel count in between.
 */
public final class ChainedKernel implements BlockKernel {

    record State(Serializable first, Serializable second) implements Serializable {
    }

    private final BlockKernel first;
    private final BlockKernel second;
    private final int channels;
    private final float[] middle;
    private final float[] tail;

    /** @param maxFrames the most frames one call hands over: a block, or a flush */
    public ChainedKernel(BlockKernel first, BlockKernel second, int channels, int maxFrames) {
        this.first = first;
        this.second = second;
        this.channels = channels;
        this.middle = new float[maxFrames * channels];
        this.tail = new float[maxFrames * channels];
    }

    @Override
    public int process(float[] in, float[] out, int frames) {
        return second.process(middle, out, first.process(in, middle, frames));
    }

    /** The first kernel's tail goes through the second, then the second's own tail follows it. */
    @Override
    public int flush(float[] out) {
        int written = second.process(middle, out, first.flush(middle));
        int more = second.flush(tail);
        System.arraycopy(tail, 0, out, written * channels, more * channels);
        return written + more;
    }

    @Override
    public int maxFlushFrames() {
        return first.maxFlushFrames() + second.maxFlushFrames();
    }

    @Override
    public Serializable snapshot() {
        return new State(first.snapshot(), second.snapshot());
    }

    @Override
    public void restore(Serializable state) {
        State chained = BlockKernel.stateOf(State.class, state);
        first.restore(chained.first());
        second.restore(chained.second());
    }

    @Override
    public void close() {
        try (first; second) {
            // both closed, the first even when the second fails
        }
    }
}
