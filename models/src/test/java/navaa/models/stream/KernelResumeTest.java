package navaa.models.stream;

import navaa.models.denoise.DtlnDenoiser;
import navaa.models.dsp.Boost;
import navaa.models.dsp.TruePeakLimiter;
import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * Every kernel of the contract outside separation (which has {@code SeparatorResumeTest}):
 * half a stream, a checkpoint through serialization, a fresh kernel restored from it, the
 * rest; bit-exact with an uninterrupted run. The splits fall inside blocks and, for DTLN,
 * inside a hop, where the state is least tidy.
 */
class KernelResumeTest {

    private static final int RATE = 16_000;

    /** Loud enough noise that the limiter works all the time: its ring and gain are mid-flight. */
    private static float[] noise(int channels, double seconds, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) (seconds * RATE) * channels];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.6 * random.nextGaussian());
        }
        return x;
    }

    @Test
    void theLimiterResumesBitForBit() {
        new Resume(() -> new TruePeakLimiter(2, RATE), 2, 2, 1000).assertExactAfter(noise(2, 2, 1), 12_345);
    }

    @Test
    void boostResumesBitForBit() {
        new Resume(() -> new Boost(4, 2, RATE), 2, 2, 1000).assertExactAfter(noise(2, 2, 2), 7_777);
    }

    @Test
    void dtlnWithItsDelayTakenOutResumesBitForBit() {
        new Resume(KernelResumeTest::dtln, 1, 1, RATE).assertExactAfter(noise(1, 3, 3), 23_000);
    }

    /** Before the delay has passed: the restored kernel must still drop the rest of it. */
    @Test
    void dtlnResumesInsideItsDelay() {
        new Resume(KernelResumeTest::dtln, 1, 1, 100).assertExactAfter(noise(1, 1, 4), 300);
    }

    @Test
    void denoiseThenBoostResumesBitForBit() {
        new Resume(() -> new ChainedKernel(dtln(), new Boost(3, 1, RATE), 1, RATE), 1, 1, RATE)
                .assertExactAfter(noise(1, 3, 5), 17_001);
    }

    private static BlockKernel dtln() {
        DtlnDenoiser model = new DtlnDenoiser();
        return new DelayCompensated(model, model.latencySamples(), 1);
    }
}
