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
public record AudioTask(long jobId, JobKind kind, String input, String sample, String workDir,
                        String outputDir, String outputStem, String format,
                        int sampleRate, int channels, long totalFrames, long bitRate,
                        Map<String, String> parameters) implements Serializable {

    public Optional<String> optionalParameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The boost after the kind's work (a boost's own level), as the kind reads it. */
    public BoostLevel boostLevel() {
        return BoostLevel.parse(kind.read("boost_level", parameters)).orElseThrow();
    }

    /** A separation's primary stem: {@code vocals}, {@code instrumental} or {@code both}. */
    public String outputType() {
        return kind.read("output_type", parameters);
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
