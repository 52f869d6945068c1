package navaa.models.stream;

import java.io.Serializable;

/**
 * Takes a model's fixed delay out of its output: the first {@code latency} frames it
 * produces are the delay's silence and are dropped, so that the output lines up with the
 * input frame for frame.
 */
public final class DelayCompensated implements BlockKernel {

    record State(Serializable stream, int toDrop) implements Serializable {
    }

    private final DelayedStream stream;
    private final int channels;
    private final int latency;
    private int toDrop;

    public DelayCompensated(DelayedStream stream, int latencyFrames, int channels) {
        this.stream = stream;
        this.channels = channels;
        this.latency = latencyFrames;
        this.toDrop = latencyFrames;
    }

    @Override
    public int maxFlushFrames() {
        return latency;
    }

    @Override
    public int process(float[] in, float[] out, int frames) {
        stream.process(in, out, frames);
        return drop(out, frames);
    }

    @Override
    public int flush(float[] out) {
        return drop(out, stream.flush(out));
    }

    private int drop(float[] out, int frames) {
        int dropped = Math.min(toDrop, frames);
        if (dropped > 0) {
            System.arraycopy(out, dropped * channels, out, 0, (frames - dropped) * channels);
            toDrop -= dropped;
        }
        return frames - dropped;
    }

    @Override
    public Serializable snapshot() {
        return new State(stream.snapshot(), toDrop);
    }

    @Override
    public void restore(Serializable state) {
        State delayed = BlockKernel.stateOf(State.class, state);
        stream.restore(delayed.stream());
        toDrop = delayed.toDrop();
    }

    @Override
    public void close() {
        stream.close();
    }
}
