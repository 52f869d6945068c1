package navaa.models.speaker;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KaldiMfccTest {

    private static final double TWO_PI = 2 * Math.PI;
    private final KaldiMfcc mfcc = new KaldiMfcc();

    @Test
    void aSineHasTheLogEnergyOfItsPowerAtSixteenBitScale() {
        // 1 kHz at 8 kHz: 8 samples a period, so a 200-sample frame holds 25 whole periods
        // and Σx² = 200 · A²/2 exactly, with A = 0.5 · 32768
        float[][] features = mfcc.compute(sine(1000, 0.5, 8000));
        double expected = Math.log(200 * Math.pow(0.5 * 32768, 2) / 2);
        assertEquals(24.0133, expected, 1e-4);
        for (float[] frame : features) {
            assertEquals(expected, frame[0], 1e-3);
        }
    }

    @Test
    void theLoudestMelBinIsTheOneCentredNearestTheSine() {
        for (double hertz : new double[]{300, 1000, 2500, 3400}) {
            float[] frame = mfcc.compute(sine(hertz, 0.3, 8000))[10];
            assertEquals(expectedPeakBin(hertz), loudestMelBin(frame), hertz + " Hz");
        }
    }

    @Test
    void matchesKaldiOnAFixedSignal() {
        // torchaudio 0.13.1 compliance.kaldi.mfcc (a port of Kaldi's compute-mfcc-feats) with
        // the options of mfcc.conf plus Kaldi's defaults, dither 0, on the signal below
        float[][] expected = {
                {23.5288f, 53.3196f, -56.1061f, 20.2038f, -35.2133f, -132.6841f, -38.9190f, 93.7514f, 17.4357f, -46.8365f,
                        9.4119f, 17.1524f, -36.1622f, -13.3251f, 24.5614f, 3.5423f, -13.2582f, 4.6501f, 5.3752f, -4.8609f,
                        -2.6255f, 1.1453f, 0.3911f},
                {23.4161f, 21.2517f, -83.3158f, 68.9558f, -99.8241f, -129.0736f, 16.7813f, 47.0244f, 46.1102f, 11.6571f,
                        -11.3880f, 23.3519f, -26.3394f, -35.1486f, 18.6662f, 7.2580f, -14.2920f, -1.2174f, 4.1496f, -0.2386f,
                        -1.3692f, 2.0076f, 1.4354f},
                {23.4096f, -11.5698f, 1.7335f, -46.5480f, -5.4225f, -124.8031f, -76.3438f, 174.1012f, -28.3596f, 37.2482f,
                        -15.9295f, 45.3440f, -52.4345f, -14.2595f, 18.0950f, 6.6648f, -18.4410f, 9.8475f, -0.4172f, 2.0239f,
                        -3.3644f, 4.9503f, 0.5571f}};
        int[] frames = {0, 9, 17};
        float[] signal = new float[1600];
        for (int n = 0; n < signal.length; n++) {
            signal[n] = (float) (0.3 * Math.sin(TWO_PI * 440 * n / 8000) + 0.2 * Math.sin(TWO_PI * 1300 * n / 8000 + 0.5)
                    + 0.1 * Math.sin(TWO_PI * (200 + 0.9 * n) * n / 8000));
        }
        float[][] features = mfcc.compute(signal);
        assertEquals(18, features.length);
        for (int i = 0; i < frames.length; i++) {
            assertArrayEquals(expected[i], features[frames[i]], 0.01f, "frame " + frames[i]);
        }
    }

    @Test
    void digitalSilenceSitsOnTheFloatEpsilonFloor() {
        float[][] features = mfcc.compute(new float[800]);
        assertEquals(KaldiMfcc.frameCount(800), features.length);
        for (float[] frame : features) {
            assertEquals(Math.log(1.1920929e-7), frame[0], 1e-4, "C0 is ln(FLT_EPSILON)");
            for (int k = 1; k < frame.length; k++) {
                assertEquals(0, frame[k], 1e-4, "flat log-mel spectrum has no cepstrum");
            }
        }
    }

    @Test
    void halvingTheLevelMovesOnlyTheEnergy() {
        float[] loud = sine(700, 0.4, 4000);
        float[] quiet = new float[loud.length];
        for (int i = 0; i < loud.length; i++) {
            quiet[i] = loud[i] * 0.5f;
        }
        float[] a = mfcc.compute(loud)[20];
        float[] b = mfcc.compute(quiet)[20];
        assertEquals(Math.log(0.25), b[0] - a[0], 1e-4);
        for (int k = 1; k < a.length; k++) {
            assertEquals(a[k], b[k], 2e-3, "C" + k);
        }
    }

    @Test
    void countsOnlyWholeFrames() {
        assertEquals(0, KaldiMfcc.frameCount(199));
        assertEquals(1, KaldiMfcc.frameCount(200));
        assertEquals(1, KaldiMfcc.frameCount(279));
        assertEquals(2, KaldiMfcc.frameCount(280));
        assertEquals(98, mfcc.compute(new float[8000]).length);
        assertEquals(KaldiMfcc.frameCount(3000), mfcc.compute(new float[5000], 1000, 4000).length);
    }

    @Test
    void theModelsConfigIsTheOneImplemented() {
        String conf = new String(Weights.read(WeightFile.SPK_MFCC_CONF), StandardCharsets.US_ASCII);
        assertDoesNotThrow(() -> KaldiMfcc.checkConfig(conf));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KaldiMfcc.checkConfig(conf.replace("--num-ceps=23", "--num-ceps=13")));
        assertTrue(e.getMessage().contains("num-ceps"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> KaldiMfcc.checkConfig(conf + "\n--use-energy=false\n"));
        assertTrue(e.getMessage().contains("use-energy"), e.getMessage());
    }

    /** The mel bin whose centre is nearest {@code hertz} on the mel scale, from the formula of models.md. */
    private static int expectedPeakBin(double hertz) {
        double low = 1127 * Math.log(1 + 20 / 700.0);
        double high = 1127 * Math.log(1 + 3700 / 700.0);
        double target = 1127 * Math.log(1 + hertz / 700);
        double delta = (high - low) / 24;
        int best = 0;
        for (int b = 1; b < 23; b++) {
            if (Math.abs(low + (b + 1) * delta - target) < Math.abs(low + (best + 1) * delta - target)) {
                best = b;
            }
        }
        return best;
    }

    /**
     * Undoes lifter and DCT (orthonormal, so its inverse is its transpose) to get the log
     * mel energies back up to a constant (C0 was replaced by the energy), and returns the
     * loudest bin.
     */
    private static int loudestMelBin(float[] frame) {
        int best = -1;
        double loudest = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < 23; n++) {
            double logMel = 0;
            for (int k = 1; k < 23; k++) {
                double lifter = 1 + 11 * Math.sin(Math.PI * k / 22);
                logMel += frame[k] / lifter * Math.sqrt(2.0 / 23) * Math.cos(Math.PI / 23 * (n + 0.5) * k);
            }
            if (logMel > loudest) {
                loudest = logMel;
                best = n;
            }
        }
        return best;
    }

    private static float[] sine(double hertz, double amplitude, int samples) {
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (amplitude * Math.sin(TWO_PI * hertz * i / 8000));
        }
        return x;
    }
}
