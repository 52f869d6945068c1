package navaa.jobs.boundary;

import navaa.models.audio.DecodeLimit;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecodeCeilingTest {

    @Test
    void theDefaultTakesTwoHoursOf44kHzStereoAndRefusesABombWithAClearReason() {
        DecodeCeiling ceiling = ceiling(DecodeLimit.DEFAULT_MAX_SAMPLES);
        ceiling.check(2 * 3600, 44_100, 2);
        ceiling.check(4 * 3600, 48_000, 2);

        // 30,000 FLAC blocks of 65,535 samples, 8 channels at 48 kHz: 11 hours in 1 MB
        NavaaException refused = assertThrows(NavaaException.class, () -> ceiling.check(30_000 * 65_535 / 48_000.0, 48_000, 8));
        assertEquals(ErrorCode.AUDIO_TOO_LONG, refused.code());
        assertEquals(413, refused.code().status());
        assertEquals("This recording is too long to process: 11.4 h of audio at 48000 Hz with 8 channels decodes to 15,728 million "
                        + "samples, and this server takes at most 1,382 million in one file (length × sample rate × channels: "
                        + "about 4.4 h of 44.1 kHz stereo).",
                Messages.of(refused.code(), Locale.ENGLISH, refused.arguments()));
    }

    @Test
    void theLimitIsTheSetting() {
        DecodeCeiling ceiling = ceiling(1_000_000);
        ceiling.check(10, 50_000, 2);
        assertThrows(NavaaException.class, () -> ceiling.check(10.001, 50_000, 2));
    }

    private static DecodeCeiling ceiling(long maxSamples) {
        DecodeCeiling ceiling = new DecodeCeiling();
        ceiling.maxSamples = maxSamples;
        return ceiling;
    }
}
