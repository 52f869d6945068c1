package navaa.jobs.control;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one audio job does, as the batch steps need it: where the input (and a speaker
 * extraction's target sample) is, where the work and the outputs go, the input's own rate
 * and channels, and the service's knobs. Paths are strings so the record crosses the EJB
 * boundary as plain data.
 */
public record AudioTask(long jobId, String kind, String input, String sample, String workDir,
                        String outputDir, String outputStem, String format,
                        int sampleRate, int channels, long totalFrames, long bitRate,
                        Map<String, String> parameters) implements Serializable {

    public String parameter(String name) {
        return parameters.get(name);
    }

    public Optional<String> optionalParameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Path work() {
        return Path.of(workDir);
    }

    /** Output {@code name} in the input's format, e.g. {@code lecture_vocals.flac}. */
    public Path output(String name) {
        String extension = format.toLowerCase(Locale.ROOT);
        return Path.of(outputDir).resolve(outputStem + "_" + name + "." + extension);
    }
}
