package navaa.models.stream;

/**
 * A kernel that takes the stream one frame at a time and hands out at most one frame per frame
 * taken, holding back a fixed latency that {@link #flush} drains by feeding silence: the
 * true-peak limiter and the separators. Subclasses say what one {@link #step} does.
 */
public abstract class FrameStepped implements BlockKernel {

    /** Channels of an input frame. */
    protected final int channels;
    /** Frames held back, taken out of the output by starting it late. */
    protected final int latency;
    /** Input frames taken from the caller. */
    protected long taken;
    /** Frames through {@link #step}, the flush's silence included. */
    protected long pushed;

    protected FrameStepped(int channels, int latency) {
        this.channels = channels;
        this.latency = latency;
    }

    /**
     * One input frame in (silence when {@code in} is null), at most one output frame out;
     * moves {@link #pushed} on.
     *
     * @param at      index of the frame's first sample in {@code in}
     * @param written frames already in {@code out}
     * @return the frames written: 0 or 1
     */
    protected abstract int step(float[] in, int at, float[] out, int written);

    @Override
    public int process(float[] in, float[] out, int frames) {
        taken += frames;
        int written = 0;
        for (int f = 0; f < frames; f++) {
            written += step(in, f * channels, out, written);
        }
        return written;
    }

    /** Ends the stream: writes the frames still held, at most the latency, and returns their count. */
    @Override
    public int flush(float[] out) {
        int written = 0;
        while (pushed < taken + latency) {
            written += step(null, 0, out, written);
        }
        return written;
    }

    @Override
    public int maxFlushFrames() {
        return latency;
    }
}
