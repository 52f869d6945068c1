package navaa.models.dsp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruePeakMeterTest {

    @ParameterizedTest
    @ValueSource(ints = {44_100, 48_000})
    void quarterRateSineAt45DegreesPeaksBetweenSamples(int rate) {
        float[] x = Signals.sine(1, rate, 1, rate / 4.0, 0, Math.PI / 4);
        assertEquals(Math.sqrt(0.5), Signals.samplePeak(x), 1e-6);
        double dbtp = report("fs/4 sine at 45 degrees, " + rate + " Hz", TruePeakMeter.measureDbtp(x, 1, rate));
        assertEquals(0.0, dbtp, 0.3);
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 44_100, 48_000, 96_000, 192_000})
    void fullScaleSineAt1kHzReadsZero(int rate) {
        float[] x = Signals.sine(2, rate, 1, 1000, 0, 0.3);
        assertEquals(0.0, report("1 kHz at 0 dBFS, " + rate + " Hz", TruePeakMeter.measureDbtp(x, 2, rate)), 0.2);
    }

    @Test
    void neverReadsUnderTheSamplePeak() {
        float[] x = Signals.pinkNoise(2, 44_100, 2, -3, 5);
        double dbtp = report("pink noise, sample peak -3 dBFS", TruePeakMeter.measureDbtp(x, 2, 44_100));
        assertTrue(dbtp >= -3.0 - 1e-6, dbtp + " dBTP");
    }

    @Test
    void measuresTheRingingAfterTheLastSample() {
        // a lone sample: its true peak is itself, even as the very last sample of the stream
        float[] x = new float[100];
        x[99] = -0.5f;
        assertEquals(20 * Math.log10(0.5), TruePeakMeter.measureDbtp(x, 1, 48_000), 1e-6);
        assertEquals(Double.NEGATIVE_INFINITY, TruePeakMeter.measureDbtp(new float[100], 2, 48_000));
    }

    @Test
    void resumesBitIdenticallyFromCheckpointsAtBlockBoundaries() {
        int rate = 44_100;
        float[] x = Signals.chord(2, rate, 3, -1, 9, 5_000, 11_000, 17_000);
        double whole = TruePeakMeter.measureDbtp(x, 2, rate);
        for (int split : new int[] {4096, 5 * 4096, 30 * 4096}) {
            TruePeakMeter before = new TruePeakMeter(2, rate);
            before.add(x, split);
            TruePeakMeter after = new TruePeakMeter(2, rate);
            after.restore(Signals.checkpoint(before.snapshot()));
            float[] rest = Signals.frames(x, 2, split, x.length / 2);
            after.add(rest, rest.length / 2);
            assertEquals(Double.doubleToRawLongBits(whole), Double.doubleToRawLongBits(after.truePeakDbtp()));
        }
    }

    private static double report(String what, double dbtp) {
        Signals.report("%s: %.3f dBTP", what, dbtp);
        return dbtp;
    }
}
