package navaa.models.dsp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoostTest {

    private static final int RATE = 44_100;
    private static final int BLOCK = 4096;

    @Test
    void gainIs20Log10OfTheFactor() {
        assertEquals(6.0206, Boost.gainDb(2), 1e-4);
        assertEquals(9.5424, Boost.gainDb(3), 1e-4);
        assertEquals(13.9794, Boost.gainDb(5), 1e-4);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 6, 10})
    void refusesFactorsOutside2To5(int factor) {
        assertThrows(IllegalArgumentException.class, () -> new Boost(factor, 2, RATE));
    }

    @Test
    void fiveTimesALoudProgramStaysUnderMinus1Dbtp() {
        float[] in = Signals.concat(Signals.pinkNoise(2, RATE, 5, -3, 21),
                Signals.chord(2, RATE, 5, -3, 22, 110, 440, 1_250, 3_300, 9_000));
        float[] out = run(new Boost(5, 2, RATE), in, BLOCK);
        double inLufs = Signals.loudness(in, 2, RATE);
        double outLufs = Signals.loudness(out, 2, RATE);
        double inDbtp = TruePeakMeter.measureDbtp(in, 2, RATE);
        double outDbtp = TruePeakMeter.measureDbtp(out, 2, RATE);
        Signals.report("boost x5 of a program peaking at -3 dBFS: %.3f LUFS %.3f dBTP -> %.3f LUFS %.4f dBTP",
                inLufs, inDbtp, outLufs, outDbtp);
        assertEquals(in.length, out.length);
        assertTrue(outDbtp <= -1.0, outDbtp + " dBTP");
        // peaks 2 dB under the ceiling leave the limiter to take back 12 of the 14 dB wherever there is a peak
        assertTrue(outLufs - inLufs > 3.0 && outLufs - inLufs < Boost.gainDb(5), (outLufs - inLufs) + " LU");
    }

    @Test
    void fiveTimesAModerateProgramGainsMostOfTheBoost() {
        float[] in = Signals.pinkNoise(2, RATE, 10, -10, 26);
        float[] out = run(new Boost(5, 2, RATE), in, BLOCK);
        double gain = Signals.loudness(out, 2, RATE) - Signals.loudness(in, 2, RATE);
        double outDbtp = TruePeakMeter.measureDbtp(out, 2, RATE);
        Signals.report("boost x5 of pink noise peaking at -10 dBFS: +%.3f LU, output %.4f dBTP", gain, outDbtp);
        assertTrue(outDbtp <= -1.0, outDbtp + " dBTP");
        assertTrue(gain > 9.0 && gain < Boost.gainDb(5), gain + " LU");
    }

    @Test
    void quietAudioIsExactlyThreeTimesAsLoud() {
        float[] in = Signals.pinkNoise(2, RATE, 3, -30, 23);
        float[] out = run(new Boost(3, 2, RATE), in, BLOCK);
        float[] expected = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            expected[i] = in[i] * 3;
        }
        assertArrayEquals(expected, out);
        double gain = Signals.loudness(out, 2, RATE) - Signals.loudness(in, 2, RATE);
        Signals.report("boost x3 of pink noise peaking at -30 dBFS: +%.4f LU, sample-exact", gain);
        assertEquals(Boost.gainDb(3), gain, 0.01);
    }

    @Test
    void processesInPlace() {
        float[] in = Signals.pinkNoise(1, RATE, 1, -3, 24);
        float[] separate = run(new Boost(4, 1, RATE), in, BLOCK);
        Boost boost = new Boost(4, 1, RATE);
        float[] buffer = in.clone();
        int written = boost.process(buffer, buffer, buffer.length);
        float[] tail = new float[boost.latencyFrames()];
        int rest = boost.flush(tail);
        float[] inPlace = Arrays.copyOf(buffer, written + rest);
        System.arraycopy(tail, 0, inPlace, written, rest);
        assertArrayEquals(separate, inPlace);
    }

    @Test
    void resumesBitIdenticallyFromCheckpointsAtBlockBoundaries() {
        float[] in = Signals.concat(Signals.pinkNoise(2, RATE, 4, -3, 25), Signals.sine(2, RATE, 1, 1000, -40));
        float[] whole = run(new Boost(5, 2, RATE), in, BLOCK);
        int blocks = (in.length / 2 + BLOCK - 1) / BLOCK;
        for (int split : new int[] {1, 2, 13, blocks - 1, blocks}) {
            Boost before = new Boost(5, 2, RATE);
            float[] out = new float[in.length];
            int written = feed(before, in, 0, split * BLOCK, out, 0);
            Boost after = new Boost(5, 2, RATE);
            after.restore(Signals.checkpoint(before.snapshot()));
            written = feed(after, in, split * BLOCK, in.length / 2, out, written);
            float[] tail = new float[after.latencyFrames() * 2];
            int rest = after.flush(tail);
            System.arraycopy(tail, 0, out, written * 2, rest * 2);
            assertEquals(in.length / 2, written + rest);
            assertArrayEquals(whole, out, "resumed after block " + split);
        }
    }

    @Test
    void refusesTheStateOfAnotherFactor() {
        Boost.State x2 = new Boost(2, 2, RATE).snapshot();
        assertThrows(IllegalArgumentException.class, () -> new Boost(3, 2, RATE).restore(x2));
    }

    /** Feeds frames [from, to) in blocks of BLOCK; returns the output frame count reached. */
    private static int feed(Boost boost, float[] in, int from, int to, float[] out, int written) {
        for (int f = from; f < Math.min(to, in.length / 2); f += BLOCK) {
            float[] chunk = Signals.frames(in, 2, f, Math.min(in.length / 2, f + BLOCK));
            float[] result = new float[chunk.length];
            int n = boost.process(chunk, result, chunk.length / 2);
            System.arraycopy(result, 0, out, written * 2, n * 2);
            written += n;
        }
        return written;
    }

    private static float[] run(Boost boost, float[] in, int block) {
        int channels = boost.snapshot().limiter().channels();
        float[] out = new float[in.length];
        int written = 0;
        for (int f = 0; f < in.length / channels; f += block) {
            float[] chunk = Signals.frames(in, channels, f, Math.min(in.length / channels, f + block));
            int n = boost.process(chunk, chunk, chunk.length / channels);
            System.arraycopy(chunk, 0, out, written * channels, n * channels);
            written += n;
        }
        float[] tail = new float[boost.latencyFrames() * channels];
        int n = boost.flush(tail);
        System.arraycopy(tail, 0, out, written * channels, n * channels);
        assertEquals(in.length / channels, written + n, "output frames");
        return out;
    }
}
