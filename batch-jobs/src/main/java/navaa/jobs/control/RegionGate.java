package navaa.jobs.control;

import navaa.models.stream.BlockKernel;

import java.io.Serializable;
import java.util.List;

/**
 * Keeps the given time regions of a stream and silences the rest, with a raised-cosine
 * fade of {@link #FADE_SECONDS} at every edge so that no cut clicks. The fades lie inside
 * the silenced side: a kept region is kept whole. Its only state is the frame position.
 */
public final class RegionGate implements BlockKernel {

    /** A kept region, in seconds from the start. */
    public record Region(double start, double end) implements Serializable {
    }

    static final double FADE_SECONDS = 0.02;

    private final List<Region> regions;
    private final int channels;
    private final double sampleRate;
    private long position;

    RegionGate(List<Region> regions, int channels, int sampleRate) {
        this.regions = List.copyOf(regions);
        this.channels = channels;
        this.sampleRate = sampleRate;
    }

    @Override
    public int process(float[] in, float[] out, int frames) {
        for (int f = 0; f < frames; f++) {
            float gain = (float) gain((position + f) / sampleRate);
            for (int c = 0; c < channels; c++) {
                out[f * channels + c] = in[f * channels + c] * gain;
            }
        }
        position += frames;
        return frames;
    }

    /** 1 inside a region, 0 farther than a fade from every region, a half cosine in between. */
    double gain(double time) {
        double nearest = Double.MAX_VALUE;
        for (Region region : regions) {
            if (time >= region.start() && time < region.end()) {
                return 1;
            }
            nearest = Math.min(nearest, time < region.start() ? region.start() - time : time - region.end());
        }
        return nearest >= FADE_SECONDS ? 0 : 0.5 * (1 + Math.cos(Math.PI * nearest / FADE_SECONDS));
    }

    @Override
    public int flush(float[] out) {
        return 0;
    }

    @Override
    public Serializable snapshot() {
        return position;
    }

    @Override
    public void restore(Serializable state) {
        position = BlockKernel.stateOf(Long.class, state);
    }
}
