package navaa.models.separation;

import java.util.Random;

/** Seeded Gaussian noise, 0.3 standard deviation: a test signal where the content does not matter. */
final class Noise {

    private Noise() {
    }

    static float[] of(int samples, long seed) {
        Random random = new Random(seed);
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (0.3 * random.nextGaussian());
        }
        return x;
    }
}
