package navaa.models.separation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a customer's separation model is and how to run it; see {@link OnnxSeparationModel} for
 * the contract the model must meet.
 *
 * @param model             the {@code .onnx} file
 * @param sampleRate        the rate the model was trained at, in Hz; the stream must be at this rate
 * @param chunkFrames       samples per channel in one run of the model, T (the model's own T
 *                          if its input has a fixed length)
 * @param overlapFrames     samples by which consecutive chunks overlap and cross-fade, at most
 *                          half a chunk; 0 joins chunks without a fade
 * @param vocalsStem        index of the vocals in the output's stem axis
 * @param accompanimentStem index of the accompaniment, or {@link #NO_STEM}: the instrumental
 *                          is then the input minus the vocals
 */
public record OnnxSeparationConfig(Path model, int sampleRate, int chunkFrames, int overlapFrames, int vocalsStem,
                                   int accompanimentStem) {

    public static final int NO_STEM = -1;

    public OnnxSeparationConfig {
        Objects.requireNonNull(model, "model");
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        if (chunkFrames < 2) {
            throw new IllegalArgumentException("a chunk must have at least 2 samples, not " + chunkFrames);
        }
        if (overlapFrames < 0 || overlapFrames > chunkFrames / 2) {
            throw new IllegalArgumentException("the overlap must be 0 to half the chunk (" + chunkFrames / 2
                    + " samples), not " + overlapFrames);
        }
        if (vocalsStem < 0) {
            throw new IllegalArgumentException("the vocals stem index must be at least 0, not " + vocalsStem);
        }
        if (accompanimentStem < NO_STEM || accompanimentStem == vocalsStem) {
            throw new IllegalArgumentException("the accompaniment stem index must be " + NO_STEM
                    + " (none) or another stem than the vocals, not " + accompanimentStem);
        }
    }

    /** A model whose only stem of interest is the vocals: the instrumental is the input minus them. */
    public static OnnxSeparationConfig vocalsOnly(Path model, int sampleRate, int chunkFrames, int overlapFrames,
                                                  int vocalsStem) {
        return new OnnxSeparationConfig(model, sampleRate, chunkFrames, overlapFrames, vocalsStem, NO_STEM);
    }

    /** Whether the model file is there to be loaded. */
    public boolean present() {
        return Files.isRegularFile(model);
    }

    public boolean hasAccompanimentStem() {
        return accompanimentStem != NO_STEM;
    }
}
