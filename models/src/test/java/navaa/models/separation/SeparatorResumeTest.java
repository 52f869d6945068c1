package navaa.models.separation;

import navaa.models.stream.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

/**
 * The kernel contract's resume for each separator: half a stream, a serialized checkpoint, a
 * fresh separator restored from it, the rest; bit-exact with an uninterrupted run.
 */
class SeparatorResumeTest {

    private static final int RATE = 16_000;

    @TempDir
    static Path folder;

    private static float[] noise(int channels, double seconds, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) (seconds * RATE) * channels];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * random.nextGaussian());
        }
        return x;
    }

    @Test
    void theStereoSeparatorResumesBitForBit() {
        new Resume(() -> SpectralSeparator.centreSideHarmonic(RATE), 2, 4, 3000).assertExactAfter(noise(2, 4, 1), 31_111);
    }

    @Test
    void theMonoSeparatorResumesBitForBit() {
        new Resume(() -> SpectralSeparator.hpssRepet(1, RATE), 1, 2, 3000).assertExactAfter(noise(1, 4, 2), 29_999);
    }

    /** Split inside an ONNX chunk's overlap: the held input and the crossfade tail are in the state. */
    @Test
    void theOnnxSeparatorResumesBitForBit() throws Exception {
        Path file = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, -1, -1), folder, "scaled.onnx");
        OnnxSeparationConfig config = new OnnxSeparationConfig(file, RATE, 4000, 1000, 0, 1);
        new Resume(() -> new OnnxSeparationModel(config, 2), 2, 4, 777).assertExactAfter(noise(2, 2, 3), 9_500);
    }
}
