package navaa.models.dsp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KWeightingTest {

    @Test
    void coefficientsAt48kHzAreTheStandardsTable1And2() {
        Biquad pre = KWeighting.preFilter(48_000);
        assertEquals(1.53512485958697, pre.b0(), 1e-8);
        assertEquals(-2.69169618940638, pre.b1(), 1e-8);
        assertEquals(1.19839281085285, pre.b2(), 1e-8);
        assertEquals(-1.69065929318241, pre.a1(), 1e-8);
        assertEquals(0.73248077421585, pre.a2(), 1e-8);
        Biquad rlb = KWeighting.rlbHighPass(48_000);
        assertEquals(1.0, rlb.b0());
        assertEquals(-2.0, rlb.b1());
        assertEquals(1.0, rlb.b2());
        assertEquals(-1.99004745483398, rlb.a1(), 1e-8);
        assertEquals(0.99007225036621, rlb.a2(), 1e-8);
    }

    @Test
    void gainAt997HzIsWhatTheMinus0691OffsetCancels() {
        double db = responseDb(997, 48_000);
        Signals.report("K-weighting at 997 Hz, 48000 Hz: %+.4f dB", db);
        assertEquals(0.691, db, 0.001);
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 44_100, 96_000})
    void bilinearTransformWarpsOtherRatesOnlySlightly(int sampleRate) {
        double db = responseDb(997, sampleRate);
        Signals.report("K-weighting at 997 Hz, %d Hz: %+.4f dB", sampleRate, db);
        assertEquals(responseDb(997, 48_000), db, 0.05);
    }

    @Test
    void shelfLiftsTrebleByFourDbAndHighPassCutsBass() {
        assertEquals(4.0, responseDb(10_000, 48_000), 0.1);
        // a second-order high-pass passes Q at its centre frequency: 0.5003, -6.02 dB
        assertEquals(-6.02, KWeighting.rlbHighPass(48_000).magnitudeDb(38.135, 48_000), 0.05);
        assertEquals(responseDb(10_000, 48_000), responseDb(10_000, 96_000), 0.05);
    }

    @Test
    void filteringASineMatchesTheComputedResponse() {
        int rate = 48_000;
        float[] in = Signals.sine(1, rate, 2, 997, 0);
        float[] out = new float[in.length];
        new KWeighting(1, rate).process(in, out, in.length);
        int settled = rate; // the 38 Hz high-pass takes a few tens of ms to settle
        assertEquals(responseDb(997, rate), 20 * Math.log10(rms(out, settled) / rms(in, settled)), 0.005);
    }

    @Test
    void resumesBitIdenticallyFromASnapshot() {
        int rate = 44_100;
        float[] in = Signals.pinkNoise(2, rate, 1, -3, 1);
        float[] whole = new float[in.length];
        new KWeighting(2, rate).process(in, whole, in.length / 2);

        KWeighting first = new KWeighting(2, rate);
        float[] resumed = new float[in.length];
        int split = 12_345;
        first.process(in, resumed, split);
        KWeighting second = new KWeighting(2, rate);
        second.restore(Signals.checkpoint(first.snapshot()));
        float[] rest = Signals.frames(in, 2, split, in.length / 2);
        second.process(rest, rest, rest.length / 2);
        System.arraycopy(rest, 0, resumed, split * 2, rest.length);
        assertArrayEquals(whole, resumed);
    }

    @Test
    void refusesTheStateOfAnotherLayout() {
        KWeighting.State stereo = new KWeighting(2, 48_000).snapshot();
        assertThrows(IllegalArgumentException.class, () -> new KWeighting(1, 48_000).restore(stereo));
    }

    private static double responseDb(double hz, int rate) {
        return KWeighting.preFilter(rate).magnitudeDb(hz, rate) + KWeighting.rlbHighPass(rate).magnitudeDb(hz, rate);
    }

    private static double rms(float[] x, int from) {
        double sum = 0;
        for (int i = from; i < x.length; i++) {
            sum += x[i] * (double) x[i];
        }
        return Math.sqrt(sum / (x.length - from));
    }
}
