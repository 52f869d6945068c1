package navaa.models.diarization;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelTrackTest {

    private static float[] tone(double amplitude, double seconds) {
        float[] samples = new float[(int) (16_000 * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * 440 * i / 16_000.0));
        }
        return samples;
    }

    @Test
    void aToneHasThePowerOfItsAmplitude() {
        LevelTrack track = LevelTrack.of(tone(0.5, 2), 16_000, 3.0);
        assertEquals(10 * Math.log10(0.125), track.at(4.0), 0.05, "a sine of amplitude A has power A²/2");
        assertEquals(3.0, track.start(), 1e-9);
        assertEquals(5.0, track.end(), 1e-9);
    }

    @Test
    void twoVoicesTogetherAreLouderThanEitherAlone() {
        float[] one = tone(0.3, 1);
        float[] both = one.clone();
        float[] other = tone(0.3, 1);
        for (int i = 0; i < both.length; i++) {
            // another voice, uncorrelated with the first: a different pitch
            other[i] = (float) (0.3 * Math.sin(2 * Math.PI * 555 * i / 16_000.0));
            both[i] += other[i];
        }
        double alone = LevelTrack.of(one, 16_000, 0).quantile(0.2, 0.8, 0.7);
        double together = LevelTrack.of(both, 16_000, 0).quantile(0.2, 0.8, 0.7);
        assertEquals(3.0, together - alone, 0.3, "powers add: +3 dB for two equal voices");
        assertTrue(Double.isNaN(LevelTrack.of(one, 16_000, 0).quantile(0.5, 0.55, 0.7)), "under 0.1 s there is no level to speak of");
    }
}
