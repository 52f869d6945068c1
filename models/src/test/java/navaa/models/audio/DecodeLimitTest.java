package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constant-subframe FLAC of under 1 MB that decodes to some 2·10⁹ samples per channel,
 * eight channels: the decoder stops where the stream passes its limit, also when the
 * file's header understates its length, and after a seek.
 */
class DecodeLimitTest {

    private static final int RATE = 48_000;
    private static final int CHANNELS = 8;
    private static final int FRAMES = 30_000;
    /** 10 million samples: about 26 s of this file, a few hundred milliseconds of work. */
    private static final long LIMIT = 10_000_000;

    @TempDir
    static Path dir;

    private static Path bomb;
    private static Path liar;

    @BeforeAll
    static void bombs() {
        bomb = FlacBomb.write(dir.resolve("bomb.flac"), FRAMES, RATE, CHANNELS);
        liar = FlacBomb.write(dir.resolve("liar.flac"), FRAMES, RATE, CHANNELS, RATE);
    }

    @Test
    void theBombIsSmallAndDecodesToBillionsOfSamples() throws IOException {
        assertTrue(Files.size(bomb) < 1_100_000, "bytes: " + Files.size(bomb));
        AudioInfo info = AudioProbe.probe(bomb);
        assertEquals(CHANNELS, info.channels());
        assertEquals(RATE, info.sampleRate());
        long perChannel = Math.round(info.durationSeconds() * info.sampleRate());
        assertEquals((long) FRAMES * FlacBomb.BLOCK, perChannel);
        assertTrue(DecodeLimit.samplesOf(info.durationSeconds(), RATE, CHANNELS) > 15_000_000_000L);
    }

    @Test
    void decodingStopsWhereTheStreamPassesTheLimit() {
        long inputFrames = framesBeforeRefusal(bomb, LIMIT);
        long limitFrames = LIMIT / CHANNELS;
        // everything up to the limit came out, and no more than the limit was decoded
        assertTrue(inputFrames <= limitFrames, inputFrames + " input frames read, limit " + limitFrames);
        assertTrue(inputFrames >= limitFrames - FlacBomb.BLOCK - RATE, inputFrames + " input frames read, limit " + limitFrames);
    }

    @Test
    void aHeaderThatUnderstatesTheLengthDoesNotFoolTheCount() {
        assertEquals(1.0, AudioProbe.probe(liar).durationSeconds(), 0.01, "the header says one second");
        long inputFrames = framesBeforeRefusal(liar, LIMIT);
        assertTrue(inputFrames <= LIMIT / CHANNELS && inputFrames > RATE, "input frames read: " + inputFrames);
    }

    @Test
    void decodersWithoutALimitOfTheirOwnStopAtTheProcessCeiling() {
        long before = DecodeLimit.maxSamples();
        DecodeLimit.setMaxSamples(LIMIT);
        try (PcmDecoder decoder = PcmDecoder.open(bomb, 16_000, 1)) {
            AudioException refused = assertThrows(AudioException.class, () -> readAll(decoder));
            assertEquals(AudioException.Reason.TOO_LONG, refused.reason());
            assertEquals("audio_too_long", refused.code());
            assertTrue(refused.getMessage().startsWith("bomb.flac "), refused.getMessage());
            assertTrue(refused.getMessage().contains("10,000,000 samples"), refused.getMessage());
        } finally {
            DecodeLimit.setMaxSamples(before);
        }
    }

    @Test
    void aSeekPastTheLimitIsRefusedAtOnce() {
        try (PcmDecoder decoder = PcmDecoder.open(bomb, RATE, CHANNELS, LIMIT)) {
            long past = LIMIT / CHANNELS + 10L * FlacBomb.BLOCK;
            AudioException refused = assertThrows(AudioException.class, () -> {
                decoder.seekToFrame(past);
                decoder.read(new float[RATE * CHANNELS], RATE);
            });
            assertEquals(AudioException.Reason.TOO_LONG, refused.reason());
        }
    }

    @Test
    void aSeekBeforeTheLimitCountsFromThere() {
        try (PcmDecoder decoder = PcmDecoder.open(bomb, RATE, CHANNELS, LIMIT)) {
            long start = LIMIT / CHANNELS - 3L * RATE;
            decoder.seekToFrame(start);
            float[] block = new float[RATE * CHANNELS];
            assertEquals(RATE, decoder.read(block, RATE), "a second after the seek is within the limit");
            assertThrows(AudioException.class, () -> readAll(decoder), "the limit still holds after the seek");
            assertTrue(decoder.framesDecoded() <= LIMIT / CHANNELS, "frames: " + decoder.framesDecoded());
        }
    }

    @Test
    void theDefaultAdmitsTwoHoursOf44kHzStereoWithRoomToSpare() {
        assertEquals(1_382_400_000L, DecodeLimit.DEFAULT_MAX_SAMPLES);
        assertTrue(DecodeLimit.samplesOf(2 * 3600, 44_100, 2) * 2 < DecodeLimit.DEFAULT_MAX_SAMPLES);
        assertEquals(635_040_000L, DecodeLimit.samplesOf(2 * 3600, 44_100, 2));
        assertThrows(IllegalArgumentException.class, () -> DecodeLimit.setMaxSamples(0));
    }

    /** Input frames (at the file's own rate) given before the decoder refused to go on. */
    private static long framesBeforeRefusal(Path file, long limit) {
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, CHANNELS, limit)) {
            AudioException refused = assertThrows(AudioException.class, () -> readAll(decoder));
            assertEquals(AudioException.Reason.TOO_LONG, refused.reason(), refused.getMessage());
            return decoder.framesDecoded();
        }
    }

    private static void readAll(PcmDecoder decoder) {
        float[] block = new float[decoder.sampleRate() * decoder.channels()];
        while (decoder.read(block, decoder.sampleRate()) > 0) {
            // reading on until the end, or the refusal
        }
    }
}
