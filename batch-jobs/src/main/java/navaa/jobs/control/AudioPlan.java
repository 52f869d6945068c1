package navaa.jobs.control;

import java.util.List;
import java.util.function.Supplier;

/**
 * How a job kind runs: the rate and channels its kernel works at (the decoder resamples
 * and mixes the input to them), the output files cut from the kernel's channels, and the
 * words the result uses for the method.
 *
 * @param sampleRate in Hz
 * @param channels   channels the kernel takes
 * @param stems      output files, the primary one first; together they cover the kernel's output channels
 */
public record AudioPlan(int sampleRate, int channels, List<OutputStem> stems, String method,
                        Supplier<BlockKernel> kernel) {

    public int outputChannels() {
        return stems.stream().mapToInt(OutputStem::channels).sum();
    }

    /** Frames the job is expected to read at this plan's rate, for progress. */
    public long expectedFrames(AudioTask task) {
        return Math.max(1, Math.round((double) task.totalFrames() * sampleRate / task.sampleRate()));
    }
}
