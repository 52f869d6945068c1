package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerRestartTest {

    @ParameterizedTest
    @CsvSource({"44100, 16000", "48000, 16000", "44100, 48000", "8000, 44100", "22050, 16000", "44100, 44101"})
    void restartsOnACommonSampleWellBeforeTheTarget(int in, int out) {
        for (long target : new long[] {0, 1, 5000, 123_456, 98_765_432}) {
            ResamplerRestart restart = ResamplerRestart.before(target, in, out);

            // the same instant in both streams: input sample / in == output frame / out
            assertEquals(restart.inputSample() * out, restart.outputFrame() * (long) in);
            assertTrue(restart.outputFrame() <= target);
            assertTrue(restart.outputFrame() == 0
                    || (target - restart.outputFrame()) * in >= ResamplerRestart.WARMUP * out, "warm-up");
        }
    }

    @Test
    void withoutRateChangeRestartsOnTheTarget() {
        assertEquals(new ResamplerRestart(777, 777), ResamplerRestart.before(777, 16000, 16000));
    }
}
