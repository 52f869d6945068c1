package navaa.jobs.control;

import navaa.models.stream.BlockKernel;

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
 * @param progressAtStart the job's progress when the process step starts (an analysis step may come first)
 */
public record AudioPlan(int sampleRate, int channels, List<OutputStem> stems, String method,
                        Supplier<BlockKernel> kernel, int progressAtStart) {

    public AudioPlan(int sampleRate, int channels, List<OutputStem> stems, String method, Supplier<BlockKernel> kernel) {
        this(sampleRate, channels, stems, method, kernel, 0);
    }

    /** Progress 0–95 when {@code frames} of the input have gone through; the encode step takes the rest. */
    public int progress(AudioTask task, long frames) {
        return (int) Math.min(95, progressAtStart + (95 - progressAtStart) * frames / expectedFrames(task));
    }

    public int outputChannels() {
        return stems.stream().mapToInt(OutputStem::channels).sum();
    }

    /** Frames the job is expected to read at this plan's rate, for progress. */
    public long expectedFrames(AudioTask task) {
        return Math.max(1, Math.round((double) task.totalFrames() * sampleRate / task.sampleRate()));
    }
}
