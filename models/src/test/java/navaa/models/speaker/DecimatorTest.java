package navaa.models.speaker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimatorTest {

    private final Decimator decimator = new Decimator(16_000);

    @Test
    void passesTheMelRangeFlat() {
        for (double hertz : new double[]{100, 1000, 3000, 3600, 3700}) {
            double gain = gainDb(hertz);
            assertEquals(0, gain, 0.1, hertz + " Hz: " + gain + " dB");
        }
    }

    @Test
    void stopsWhatWouldFoldBackBelowThreeKilohertzSevenHundred() {
        // above 4 kHz folds to 8 kHz − f: from 4.3 kHz on it would land inside the mel filters
        for (double hertz : new double[]{4300, 5000, 6500, 7900}) {
            double gain = gainDb(hertz);
            assertTrue(gain < -70, hertz + " Hz: " + gain + " dB");
        }
    }

    @Test
    void keepsTimeAlignedAndHalvesTheLength() {
        float[] impulse = new float[1001];
        impulse[600] = 1;
        float[] out = decimator.apply(impulse);
        assertEquals(501, out.length);
        int peak = 0;
        for (int i = 1; i < out.length; i++) {
            if (out[i] > out[peak]) {
                peak = i;
            }
        }
        assertEquals(300, peak, "input sample 2j is output sample j");
    }

    @Test
    void eightKilohertzIsCopiedAndOtherRatesRefused() {
        float[] x = {0.1f, -0.2f, 0.3f};
        assertArrayEquals(x, new Decimator(8_000).apply(x));
        assertEquals(3, new Decimator(24_000).factor());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Decimator(44_100));
        assertTrue(e.getMessage().contains("44100"), e.getMessage());
    }

    /** Output RMS over input RMS of a sine, away from the edges, in dB. */
    private double gainDb(double hertz) {
        float[] in = new float[16_000];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) (0.5 * Math.sin(2 * Math.PI * hertz * i / 16_000));
        }
        float[] out = decimator.apply(in);
        double power = 0;
        int count = 0;
        for (int j = 1000; j < out.length - 1000; j++) {
            power += out[j] * out[j];
            count++;
        }
        return 10 * Math.log10(power / count / (0.25 / 2));
    }
}
