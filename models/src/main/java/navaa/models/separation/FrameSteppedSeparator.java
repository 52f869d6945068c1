package navaa.models.separation;

import java.util.Objects;

/**
 * What both separators share: they take the stream one frame at a time, hand out at most
 * one frame per frame taken, and hold back a fixed latency that {@link #flush} drains by
 * feeding silence. Subclasses say what one {@link #step} does.
 */
abstract class FrameSteppedSeparator implements Separator {

    /** C of the input stream. */
    protected final int channels;
    /** Frames held back, taken out of the output by starting it late. */
    protected final int latency;
    /** Input frames taken from the caller. */
    protected long taken;
    /** Frames through {@link #step}, the flush's silence included. */
    protected long pushed;

    FrameSteppedSeparator(int channels, int latency) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, not " + channels);
        }
        this.channels = channels;
        this.latency = latency;
    }

    /**
     * One input frame in (silence when {@code in} is null), at most one output frame out.
     *
     * @param at      index of the frame's first sample in {@code in}
     * @param written frames already in {@code out}
     * @return the frames written: 0 or 1
     */
    abstract int step(float[] in, int at, float[] out, int written);

    @Override
    public final int inputChannels() {
        return channels;
    }

    @Override
    public final int latencyFrames() {
        return latency;
    }

    @Override
    public final int process(float[] in, float[] out, int frames) {
        Objects.checkFromIndexSize(0, frames * channels, in.length);
        Objects.checkFromIndexSize(0, frames * 2 * channels, out.length);
        if (pushed > taken) {
            throw new IllegalStateException("the stream was flushed: a new stream needs a new separator");
        }
        taken += frames;
        int written = 0;
        for (int f = 0; f < frames; f++) {
            written += step(in, f * channels, out, written);
        }
        return written;
    }

    @Override
    public final int flush(float[] out) {
        int written = 0;
        while (pushed < taken + latency) {
            written += step(null, 0, out, written);
        }
        return written;
    }
}
