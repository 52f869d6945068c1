package navaa.models.dsp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static navaa.models.dsp.Signals.loudness;
import static navaa.models.dsp.Signals.sine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoudnessMeterTest {

    private static final int RATE = 48_000;

    @Test
    void fullScaleSineInOneChannelReadsMinus3Point01() {
        // BS.1770-4 section 2.9: a 0 dBFS 1 kHz sine in the left, centre or right channel reads -3.01 LKFS
        double mono = report("mono 997 Hz at 0 dBFS", loudness(sine(1, RATE, 20, 997, 0), 1, RATE));
        assertEquals(-3.01, mono, 0.1);
    }

    @Test
    void fullScaleSineInBothStereoChannelsReadsZero() {
        // two channels of weight 1.0 add their power: -3.01 + 3.01 dB, not the -3.01 of one channel
        double stereo = report("stereo 997 Hz at 0 dBFS", loudness(sine(2, RATE, 20, 997, 0), 2, RATE));
        assertEquals(0.0, stereo, 0.1);
    }

    @Test
    void monoSineAtMinus20DbfsReadsMinus23() {
        assertEquals(-23.01, report("mono 997 Hz at -20 dBFS", loudness(sine(1, RATE, 20, 997, -20), 1, RATE)), 0.1);
    }

    @Test
    void ebuTech3341Cases1And2() {
        assertEquals(-23.0, report("EBU 3341 case 1", loudness(sine(2, RATE, 20, 1000, -23), 2, RATE)), 0.1);
        assertEquals(-33.0, report("EBU 3341 case 2", loudness(sine(2, RATE, 20, 1000, -33), 2, RATE)), 0.1);
    }

    @Test
    void ebuTech3341Cases3And4ExerciseBothGates() {
        float[] case3 = Signals.concat(sine(2, RATE, 10, 1000, -36), sine(2, RATE, 60, 1000, -23), sine(2, RATE, 10, 1000, -36));
        assertEquals(-23.0, report("EBU 3341 case 3", loudness(case3, 2, RATE)), 0.1);
        float[] case4 = Signals.concat(sine(2, RATE, 10, 1000, -72), sine(2, RATE, 10, 1000, -36),
                sine(2, RATE, 60, 1000, -23), sine(2, RATE, 10, 1000, -36), sine(2, RATE, 10, 1000, -72));
        assertEquals(-23.0, report("EBU 3341 case 4", loudness(case4, 2, RATE)), 0.1);
    }

    @Test
    void silenceAfterwardsIsGatedOut() {
        float[] tone = sine(2, RATE, 10, 997, -20);
        double alone = loudness(tone, 2, RATE);
        double withSilence = loudness(Signals.concat(tone, new float[10 * RATE * 2]), 2, RATE);
        report("10 s at -20 dBFS then 10 s of silence", withSilence);
        // the three blocks that straddle the end hold 3/4, 1/2 and 1/4 of the tone: -0.066 LU in all
        assertEquals(alone, withSilence, 0.1);
        assertEquals(Double.NEGATIVE_INFINITY, loudness(new float[10 * RATE * 2], 2, RATE));
        assertEquals(Double.NEGATIVE_INFINITY, loudness(sine(2, RATE, 0.3, 997, 0), 2, RATE));
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 44_100})
    void otherRatesReadAsAt48kHz(int rate) {
        double[] hz = {60, 250, 997, 2_500, 6_000};
        double reference = report("five tones at 48000 Hz", loudness(Signals.tones(2, RATE, 10, 0.05, hz), 2, RATE));
        double atRate = report("five tones at " + rate + " Hz", loudness(Signals.tones(2, rate, 10, 0.05, hz), 2, rate));
        assertEquals(reference, atRate, 0.2);
        assertEquals(loudness(sine(2, RATE, 10, 997, -20), 2, RATE), loudness(sine(2, rate, 10, 997, -20), 2, rate), 0.2);
    }

    @Test
    void twoHoursAt16kHzInFixedMemory() {
        int rate = 16_000;
        float[] second = sine(1, rate, 1, 1000, -20); // whole periods, so it repeats seamlessly
        LoudnessMeter meter = new LoudnessMeter(1, rate);
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int s = 0; s < 2 * 3600; s++) {
                meter.add(second, rate);
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        double lufs = report("2 h of 16 kHz mono at -20 dBFS", meter.integratedLufs());
        int stateBytes = Signals.checkpointBytes(meter.snapshot());
        Signals.report("2 h of 16 kHz mono measured in %.2f s; its checkpoint is %d bytes", seconds, stateBytes);
        assertEquals(-23.0, lufs, 0.1);
        // 72 000 gating blocks, yet the state is a few occupied histogram bins
        assertTrue(stateBytes < 2_000, stateBytes + " bytes");
    }

    @Test
    void resumesBitIdenticallyFromCheckpointsAtBlockBoundaries() {
        float[] program = Signals.concat(Signals.pinkNoise(2, 44_100, 6, -3, 3), sine(2, 44_100, 4, 440, -30));
        int block = 4096;
        LoudnessMeter whole = new LoudnessMeter(2, 44_100);
        feed(whole, program, 0, program.length / 2, block);
        for (int splitBlock : new int[] {1, 7, 40, 86}) {
            LoudnessMeter before = new LoudnessMeter(2, 44_100);
            feed(before, program, 0, splitBlock * block, block);
            LoudnessMeter after = new LoudnessMeter(2, 44_100);
            after.restore(Signals.checkpoint(before.snapshot()));
            feed(after, program, splitBlock * block, program.length / 2, block);
            assertEquals(Double.doubleToRawLongBits(whole.integratedLufs()),
                    Double.doubleToRawLongBits(after.integratedLufs()), "split after block " + splitBlock);
        }
    }

    @Test
    void fivePointOneWeighsSurroundsAndLeavesOutTheLfe() {
        float[] tone = sine(1, RATE, 5, 997, -20);
        float[] surround = new float[tone.length * 6];
        float[] lfe = new float[tone.length * 6];
        for (int f = 0; f < tone.length; f++) {
            surround[f * 6 + 4] = tone[f];
            lfe[f * 6 + 3] = tone[f];
        }
        assertEquals(loudness(tone, 1, RATE) + 1.49, loudness(surround, 6, RATE), 0.02);
        assertEquals(Double.NEGATIVE_INFINITY, loudness(lfe, 6, RATE));
    }

    private static void feed(LoudnessMeter meter, float[] x, int fromFrame, int toFrame, int block) {
        for (int f = fromFrame; f < toFrame; f += block) {
            float[] chunk = Signals.frames(x, 2, f, Math.min(toFrame, f + block));
            meter.add(chunk, chunk.length / 2);
        }
    }

    private static double report(String what, double lufs) {
        Signals.report("%s: %.3f LUFS", what, lufs);
        return lufs;
    }
}
