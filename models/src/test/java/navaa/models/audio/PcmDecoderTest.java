package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PcmDecoderTest {

    private static final int RATE = 44100;
    private static final float[] SWEEP = TestAudio.sweepAndNoise(RATE, 2, 6, 50, 12000, 0.5, 11);
    private static final float[] TONE = TestAudio.sine(RATE, 2, 3, 1000, 0.5);
    private static final Map<AudioFormat, Path> SWEEPS = new EnumMap<>(AudioFormat.class);
    private static final Map<AudioFormat, Path> TONES = new EnumMap<>(AudioFormat.class);

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeFiles() {
        for (AudioFormat format : AudioFormat.values()) {
            SWEEPS.put(format, dir.resolve("sweep." + format.extension()));
            TestAudio.write(SWEEPS.get(format), format, RATE, 2, SWEEP);
            TONES.put(format, dir.resolve("tone." + format.extension()));
            TestAudio.write(TONES.get(format), format, RATE, 2, TONE);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"WAV", "FLAC"})
    void losslessFormatsGiveBackEverySampleExactly(AudioFormat format) {
        assertArrayEquals(SWEEP, TestAudio.decode(SWEEPS.get(format), RATE, 2, 0));
    }

    @ParameterizedTest
    @EnumSource(names = {"MP3", "M4A"})
    void lossyFormatsKeepATone(AudioFormat format) {
        float[] decoded = TestAudio.decode(TONES.get(format), RATE, 2, 0);

        // both muxers record the encoder delay, which the decoder drops; MP3's padding at
        // the end is dropped too, but FFmpeg's MP4 demuxer ends on a whole AAC frame
        if (format == AudioFormat.MP3) {
            assertEquals(TONE.length, decoded.length);
        } else {
            assertEquals(TONE.length + 2 * 1024, decoded.length, 2 * 1024);
        }
        double snr = TestAudio.snrDb(TONE, decoded);
        assertTrue(snr > 15, format + " SNR " + snr + " dB");
    }

    @Test
    void resamplesStereo44kTo16kMonoKeepingPitchAndLevel() {
        float[] mono = TestAudio.decode(TONES.get(AudioFormat.WAV), 16000, 1, 0);

        assertEquals(3 * 16000, mono.length, 2);
        // a 1 kHz sine crosses zero twice per period
        assertEquals(2 * 1000 * 3, TestAudio.zeroCrossings(mono, 1, 0), 4);
        // mono is the mean of two equal channels, not their sum scaled by 0.707
        float peak = 0;
        for (int i = 1000; i < mono.length - 1000; i++) {
            peak = Math.max(peak, Math.abs(mono[i]));
        }
        assertEquals(0.5, peak, 0.01);
    }

    @Test
    void monoIsCopiedToEveryChannel() {
        float[] stereo = TestAudio.decode(SWEEPS.get(AudioFormat.FLAC), RATE, 1, 0);
        float[] back = TestAudio.decode(SWEEPS.get(AudioFormat.FLAC), RATE, 2, 0);
        assertEquals(2 * stereo.length, back.length);
        for (int f = 0; f < 1000; f++) {
            assertEquals((SWEEP[2 * f] + SWEEP[2 * f + 1]) / 2, stereo[f], 1e-6);
        }
    }

    /** Bit-identical after every seek, at the file's rate and resampled, in every format. */
    @ParameterizedTest
    @CsvSource({
        "WAV, 44100, 2", "FLAC, 44100, 2", "MP3, 44100, 2", "M4A, 44100, 2",
        "WAV, 16000, 1", "FLAC, 16000, 1", "MP3, 16000, 1", "M4A, 16000, 1",
        "FLAC, 48000, 2", "MP3, 22050, 1",
    })
    void seekingGivesWhatAnUninterruptedDecodeGives(AudioFormat format, int rate, int channels) {
        Path file = SWEEPS.get(format);
        float[] whole = TestAudio.decode(file, rate, channels, 0);
        int frames = whole.length / channels;

        for (long target : new long[] {1, 159, 4095, 4097, 12_345, frames / 2 + 3, frames - 4096, frames - 1}) {
            float[] rest = TestAudio.decode(file, rate, channels, target);
            assertArrayEquals(Arrays.copyOfRange(whole, (int) target * channels, whole.length), rest,
                    format + " from frame " + target);
        }
    }

    /** The batch job's restart: blocks up to a checkpoint, a new decoder, the rest. */
    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void aRestartFromACheckpointContinuesExactly(AudioFormat format) {
        Path file = SWEEPS.get(format);
        float[] whole = TestAudio.decode(file, 16000, 1, 0);
        float[] block = new float[4096];
        long checkpoint;
        try (PcmDecoder decoder = PcmDecoder.open(file, 16000, 1)) {
            for (int i = 0; i < 7; i++) {
                decoder.read(block, block.length);
            }
            checkpoint = decoder.framesDecoded();
        }
        try (PcmDecoder restarted = PcmDecoder.open(file, 16000, 1)) {
            restarted.seekToFrame(checkpoint);
            float[] rest = TestAudio.readToEnd(restarted, 4096);
            assertEquals(7 * 4096, checkpoint);
            assertArrayEquals(Arrays.copyOfRange(whole, (int) checkpoint, whole.length), rest);
            assertEquals(whole.length, restarted.framesDecoded());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"FLAC", "MP3"})
    void seeksBackAndForthOnOneDecoder(AudioFormat format) {
        float[] whole = TestAudio.decode(SWEEPS.get(format), RATE, 2, 0);
        float[] block = new float[2 * 3000];
        try (PcmDecoder decoder = PcmDecoder.open(SWEEPS.get(format), RATE, 2)) {
            for (long target : new long[] {200_000, 5, 100_000, 100_000, 250_001}) {
                decoder.seekToFrame(target);
                assertEquals(3000, decoder.read(block, 3000));
                assertArrayEquals(Arrays.copyOfRange(whole, (int) target * 2, (int) target * 2 + 6000), block);
                assertEquals(target + 3000, decoder.framesDecoded());
            }
        }
    }

    @Test
    void theBlockLengthDoesNotChangeTheSamples() {
        Path file = SWEEPS.get(AudioFormat.M4A);
        float[] reference = TestAudio.decode(file, 16000, 1, 0);
        for (int block : new int[] {1, 7, 1024, 10_007}) {
            try (PcmDecoder decoder = PcmDecoder.open(file, 16000, 1)) {
                assertArrayEquals(reference, TestAudio.readToEnd(decoder, block), "block " + block);
            }
        }
    }

    @Test
    void pastTheEndThereIsNothing() {
        try (PcmDecoder decoder = PcmDecoder.open(SWEEPS.get(AudioFormat.WAV), RATE, 2)) {
            decoder.seekToFrame(10L * RATE);
            assertEquals(0, decoder.read(new float[200], 100));
            assertEquals(10L * RATE, decoder.framesDecoded());
        }
    }
}
