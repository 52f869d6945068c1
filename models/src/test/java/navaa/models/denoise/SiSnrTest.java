package navaa.models.denoise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiSnrTest {

    private static final float[] SPEECHLIKE = tones(32_000);

    @Test
    void identicalSignalsScoreVeryHigh() {
        assertTrue(SiSnr.db(SPEECHLIKE, SPEECHLIKE) > 100, "SI-SNR of a signal against itself");
    }

    @Test
    void aScaledCopyScoresAsHighAsTheSignal() {
        assertTrue(SiSnr.db(scaled(SPEECHLIKE, -0.3f), SPEECHLIKE) > 100, "SI-SNR of a scaled copy");
    }

    @Test
    void scalingANoisyEstimateChangesNothing() {
        float[] noisy = plusNoise(SPEECHLIKE, 5, 7);
        assertEquals(SiSnr.db(noisy, SPEECHLIKE), SiSnr.db(scaled(noisy, 3.7f), SPEECHLIKE), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-5, 0, 5, 10, 20})
    void addedNoiseScoresItsSnr(double snr) {
        assertEquals(snr, SiSnr.db(plusNoise(SPEECHLIKE, snr, 11), SPEECHLIKE), 0.1);
    }

    @Test
    void anOffsetDoesNotCount() {
        float[] shifted = SPEECHLIKE.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 0.25f;
        }
        assertTrue(SiSnr.db(shifted, SPEECHLIKE) > 100, "SI-SNR with a DC offset");
    }

    /** The target plus white Gaussian noise whose energy is {@code snr} dB below the target's. */
    private static float[] plusNoise(float[] target, double snr, long seed) {
        Random random = new Random(seed);
        double[] noise = new double[target.length];
        double noiseEnergy = 0;
        double targetEnergy = 0;
        for (int i = 0; i < target.length; i++) {
            noise[i] = random.nextGaussian();
            noiseEnergy += noise[i] * noise[i];
            targetEnergy += target[i] * target[i];
        }
        double gain = Math.sqrt(targetEnergy / noiseEnergy / Math.pow(10, snr / 10));
        float[] mix = new float[target.length];
        for (int i = 0; i < target.length; i++) {
            mix[i] = (float) (target[i] + gain * noise[i]);
        }
        return mix;
    }

    private static float[] scaled(float[] x, float gain) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gain * x[i];
        }
        return y;
    }

    private static float[] tones(int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            double t = i / 16_000.0;
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * t) + 0.2 * Math.sin(2 * Math.PI * 1330 * t + 1));
        }
        return x;
    }
}
