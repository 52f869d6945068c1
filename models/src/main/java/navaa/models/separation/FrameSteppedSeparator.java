package navaa.models.separation;

import navaa.models.stream.FrameStepped;

import java.util.Objects;

/**
 * What both separators share: the stream taken one frame at a time ({@link FrameStepped}),
 * the buffers checked, and no stream continued after its flush.
 */
abstract class FrameSteppedSeparator extends FrameStepped implements Separator {

    FrameSteppedSeparator(int channels, int latency) {
        super(checked(channels), latency);
    }

    private static int checked(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, not " + channels);
        }
        return channels;
    }

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
        return super.process(in, out, frames);
    }
}
