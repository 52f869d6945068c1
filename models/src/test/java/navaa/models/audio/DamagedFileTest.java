package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uploads with scratches: decoding goes on, keeps its timing, and restarts still agree. */
class DamagedFileTest {

    private static final float[] SWEEP = TestAudio.sweepAndNoise(44100, 2, 4, 50, 12000, 0.5, 5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"44100, 2", "16000, 1"})
    void aScratchedFlacKeepsItsLengthAndRestartsExactly(int rate, int channels) throws IOException {
        Path file = damaged("scratched.flac", AudioFormat.FLAC, 0.5, 0.51);

        float[] whole = TestAudio.decode(file, rate, channels, 0);

        // the lost FLAC frames become silence of their length rather than vanish
        assertEquals(4 * rate, whole.length / channels, 2);
        int frames = whole.length / channels;
        for (long target : new long[] {frames / 3, frames / 2 - 10, frames / 2 + 3000, frames - 5000}) {
            assertArrayEquals(Arrays.copyOfRange(whole, (int) target * channels, whole.length),
                    TestAudio.decode(file, rate, channels, target), "from frame " + target);
        }
    }

    @Test
    void aScratchedMp3DecodesPastTheScratch() throws IOException {
        Path file = damaged("scratched.mp3", AudioFormat.MP3, 0.5, 0.51);

        float[] whole = TestAudio.decode(file, 16000, 1, 0);

        // MP3 has no timestamps to place what follows a scratch: the lost frames are just missing
        assertTrue(whole.length > 0.85 * 4 * 16000 && whole.length <= 4 * 16000, "decoded " + whole.length);
        assertArrayEquals(Arrays.copyOfRange(whole, 50_000, whole.length), TestAudio.decode(file, 16000, 1, 50_000));
    }

    @Test
    void anM4aWhoseAudioIsMostlyNoiseIsRefused() throws IOException {
        // the index (moved to the front) survives, the packets it points to do not
        Path file = damaged("ruined.m4a", AudioFormat.M4A, 0.3, 1.0);

        AudioException refused = assertThrows(AudioException.class, () -> TestAudio.decode(file, 16000, 1, 0));

        assertEquals(AudioException.Reason.UNREADABLE, refused.reason());
        assertTrue(refused.getMessage().startsWith("ruined.m4a is damaged"), refused.getMessage());
    }

    /** The encoded sweep with bytes from {@code from} to {@code to} (fractions of its length) replaced by noise. */
    private Path damaged(String name, AudioFormat format, double from, double to) throws IOException {
        Path file = dir.resolve(name);
        TestAudio.write(file, format, 44100, 2, SWEEP);
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(9);
        for (int i = (int) (from * bytes.length); i < (int) (to * bytes.length); i++) {
            bytes[i] = (byte) random.nextInt();
        }
        return Files.write(file, bytes);
    }
}
