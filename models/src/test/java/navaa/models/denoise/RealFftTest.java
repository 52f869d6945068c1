package navaa.models.denoise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RealFftTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 8, 64, 512})
    void forwardMatchesANaiveDft(int size) {
        float[] x = noise(size, size);
        RealFft fft = new RealFft(size);
        float[] re = new float[fft.bins()];
        float[] im = new float[fft.bins()];
        fft.forward(x, re, im);
        for (int k = 0; k < fft.bins(); k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int n = 0; n < size; n++) {
                double angle = -2 * Math.PI * k * n / size;
                sumRe += x[n] * Math.cos(angle);
                sumIm += x[n] * Math.sin(angle);
            }
            // float output of sums of up to 512 terms of size ~1
            assertEquals(sumRe, re[k], 1e-4, "real part of bin " + k);
            assertEquals(sumIm, im[k], 1e-4, "imaginary part of bin " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 8, 64, 512})
    void inverseMatchesANaiveInverseDft(int size) {
        RealFft fft = new RealFft(size);
        float[] re = noise(fft.bins(), 1);
        float[] im = noise(fft.bins(), 2);
        float[] x = new float[size];
        fft.inverse(re, im, x);
        for (int n = 0; n < size; n++) {
            // numpy.fft.irfft: the bins above N/2 are the conjugates; DC and Nyquist are real
            double sum = re[0] + re[size / 2] * (n % 2 == 0 ? 1 : -1);
            for (int k = 1; k < size / 2; k++) {
                double angle = 2 * Math.PI * k * n / size;
                sum += 2 * (re[k] * Math.cos(angle) - im[k] * Math.sin(angle));
            }
            assertEquals(sum / size, x[n], 1e-6, "sample " + n);
        }
    }

    @Test
    void roundTripGivesTheSignalBack() {
        RealFft fft = new RealFft(512);
        float[] x = noise(512, 3);
        float[] re = new float[257];
        float[] im = new float[257];
        float[] back = new float[512];
        fft.forward(x, re, im);
        fft.inverse(re, im, back);
        for (int n = 0; n < 512; n++) {
            assertEquals(x[n], back[n], 1e-6, "sample " + n);
        }
    }

    @Test
    void aCosineLandsInItsBin() {
        RealFft fft = new RealFft(512);
        float[] x = new float[512];
        for (int n = 0; n < 512; n++) {
            x[n] = (float) Math.cos(2 * Math.PI * 10 * n / 512);
        }
        float[] re = new float[257];
        float[] im = new float[257];
        fft.forward(x, re, im);
        assertEquals(256, re[10], 1e-3);
        assertEquals(0, re[11], 1e-3);
        assertEquals(0, im[10], 1e-3);
    }

    @Test
    void refusesSizesThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new RealFft(500));
        assertThrows(IllegalArgumentException.class, () -> new RealFft(2));
    }

    private static float[] noise(int length, long seed) {
        Random random = new Random(seed);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }
}
