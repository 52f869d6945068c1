package navaa.models.dsp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruePeakLimiterTest {

    @ParameterizedTest
    @CsvSource({"1, 8000, -1.0", "1, 16000, -1.0", "2, 44100, -1.0", "2, 48000, -3.0", "1, 96000, -1.0", "6, 48000, -0.5"})
    void keepsTheTruePeakUnderTheCeiling(int channels, int rate, double ceiling) {
        float[] loud = Signals.concat(
                Signals.pinkNoise(channels, rate, 2, 12, 11),
                Signals.whiteNoise(channels, rate, 2, 20, 13),
                Signals.chord(channels, rate, 2, 10, 12, rate / 4.0, rate / 4.4, rate / 9.0),
                Signals.sine(channels, rate, 1, rate / 4.0, 6, Math.PI / 4),
                clicks(channels, rate, 1, 4.0f));
        float[] out = limit(new TruePeakLimiter(channels, rate, ceiling), loud, 4096);
        double dbtp = TruePeakMeter.measureDbtp(out, channels, rate);
        Signals.report("limiter, %d ch %d Hz, ceiling %.1f dBTP: output %.4f dBTP", channels, rate, ceiling, dbtp);
        assertEquals(loud.length, out.length);
        assertTrue(dbtp <= ceiling, dbtp + " dBTP over the ceiling " + ceiling);
        assertTrue(dbtp > ceiling - 0.2, "not squashed far under the ceiling: " + dbtp);
    }

    @Test
    void leavesQuietAudioAloneAndAlignsIt() {
        float[] quiet = Signals.pinkNoise(2, 48_000, 1, -10, 2);
        float[] out = limit(new TruePeakLimiter(2, 48_000), quiet, 1000);
        assertArrayEquals(quiet, out);
    }

    @Test
    void returnsStreamsShorterThanItsLatency() {
        TruePeakLimiter limiter = new TruePeakLimiter(2, 48_000);
        float[] shortStream = Signals.sine(2, 48_000, 0.001, 1000, -6);
        float[] out = new float[(shortStream.length / 2 + limiter.latencyFrames()) * 2];
        int frames = limiter.process(shortStream, out, shortStream.length / 2);
        assertEquals(0, frames);
        assertEquals(shortStream.length / 2, limiter.flush(out));
        assertArrayEquals(shortStream, Signals.frames(out, 2, 0, shortStream.length / 2));
    }

    @Test
    void latencyIsAbout5Ms() {
        assertEquals(255, new TruePeakLimiter(2, 48_000).latencyFrames());
        assertEquals(236, new TruePeakLimiter(2, 44_100).latencyFrames());
    }

    /** Short full-scale-times-{@code level} bursts of alternating sign, the hardest case for interpolation. */
    private static float[] clicks(int channels, int rate, double seconds, float level) {
        float[] x = new float[(int) (seconds * rate) * channels];
        for (int f = 100; f + 4 < x.length / channels; f += rate / 20) {
            for (int k = 0; k < 4; k++) {
                for (int c = 0; c < channels; c++) {
                    x[(f + k) * channels + c] = (k % 2 == 0 ? level : -level);
                }
            }
        }
        return x;
    }

    static float[] limit(TruePeakLimiter limiter, float[] in, int block) {
        int channels = limiter.snapshot().channels();
        float[] out = new float[in.length];
        int written = 0;
        for (int f = 0; f < in.length / channels; f += block) {
            float[] chunk = Signals.frames(in, channels, f, Math.min(in.length / channels, f + block));
            float[] result = new float[chunk.length];
            int n = limiter.process(chunk, result, chunk.length / channels);
            System.arraycopy(result, 0, out, written * channels, n * channels);
            written += n;
        }
        float[] tail = new float[limiter.latencyFrames() * channels];
        int n = limiter.flush(tail);
        System.arraycopy(tail, 0, out, written * channels, n * channels);
        assertEquals(in.length / channels, written + n, "output frames");
        return out;
    }
}
