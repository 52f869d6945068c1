package navaa.models.stream;

import java.io.Serializable;

/**
 * A model that hands out exactly as many frames as it takes in, a fixed number of frames
 * late (DTLN); {@link DelayCompensated} makes it a {@link BlockKernel} by dropping the delay.
 */
public interface DelayedStream extends AutoCloseable {

    void process(float[] in, float[] out, int frames);

    /** Writes the last {@code latency} frames; returns their count. */
    int flush(float[] out);

    Serializable snapshot();

    void restore(Serializable state);

    @Override
    void close();
}
