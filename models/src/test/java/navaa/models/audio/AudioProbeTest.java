package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class AudioProbeTest {

    @TempDir
    Path dir;

    /** Lossless durations within 50 ms, lossy within 100 ms (encoder delay and padding). */
    @ParameterizedTest
    @CsvSource({
        "WAV,  44100, 2, 0,      pcm_s16le, 0.05",
        "FLAC, 44100, 2, 0,      flac,      0.05",
        "MP3,  44100, 2, 128000, mp3,       0.1",
        "M4A,  44100, 2, 128000, aac,       0.1",
        "MP3,  16000, 1, 32000,  mp3,       0.1",
        "M4A,  22050, 1, 64000,  aac,       0.1",
        "FLAC, 48000, 1, 0,      flac,      0.05",
    })
    void readsWhatWasWritten(AudioFormat format, int rate, int channels, long bitRate, String codec,
                             double tolerance) {
        Path file = dir.resolve("probe." + format.extension());
        float[] samples = TestAudio.sweepAndNoise(rate, channels, 3.25, 100, 4000, 0.5, 7);
        try (PcmEncoder encoder = PcmEncoder.open(file, format, rate, channels, bitRate)) {
            TestAudio.writeAll(encoder, channels, samples);
        }

        AudioInfo info = AudioProbe.probe(file);

        assertEquals(format, info.format());
        assertEquals(codec, info.codec());
        assertEquals(3.25, info.durationSeconds(), tolerance);
        assertEquals(rate, info.sampleRate());
        assertEquals(channels, info.channels());
        long pcmBitRate = rate * channels * 16L;
        if (format == AudioFormat.FLAC) {
            // the file's average, below PCM's by however well the signal compresses
            assertTrue(info.bitRate() > 0 && info.bitRate() < pcmBitRate, "bit rate " + info.bitRate());
        } else {
            long expected = bitRate > 0 ? bitRate : pcmBitRate;
            assertEquals(expected, info.bitRate(), 0.05 * expected);
        }
    }

    @Test
    void randomBytesAreUnreadableAndTheMessageSaysWhich() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(3).nextBytes(noise);
        Path file = Files.write(dir.resolve("interview.wav"), noise);

        AudioException refused = assertThrows(AudioException.class, () -> AudioProbe.probe(file));

        assertEquals(AudioException.Reason.UNREADABLE, refused.reason());
        assertEquals("audio_unreadable", refused.code());
        assertTrue(refused.getMessage().startsWith("interview.wav could not be read as audio ("), refused.getMessage());
        assertFalse(refused.getMessage().contains(dir.toString()), "the server's folders stay private");
    }

    @Test
    void aTruncatedHeaderIsUnreadable() throws IOException {
        Path whole = dir.resolve("whole.flac");
        TestAudio.write(whole, AudioFormat.FLAC, 44100, 2, TestAudio.sine(44100, 2, 1, 440, 0.5));
        Path cut = Files.write(dir.resolve("cut.flac"), Arrays.copyOf(Files.readAllBytes(whole), 30));

        AudioException refused = assertThrows(AudioException.class, () -> AudioProbe.probe(cut));
        assertTrue(refused.getMessage().startsWith("cut.flac could not be read as audio"), refused.getMessage());
    }

    @Test
    void audioInAnotherContainerIsRefusedAsUnsupported() {
        Path ogg = dir.resolve("voice.ogg");
        try (EncodedOutput output = EncodedOutput.open(ogg, new Encoding("ogg", "flac", AV_SAMPLE_FMT_S16, false),
                44100, 1, 0)) {
            output.finish();
        }

        AudioException refused = assertThrows(AudioException.class, () -> AudioProbe.probe(ogg));

        assertEquals(AudioException.Reason.UNSUPPORTED, refused.reason());
        assertEquals("voice.ogg is not in an accepted format: MP3, WAV, M4A or FLAC", refused.getMessage());
    }

    @Test
    void textAndEmptyAndMissingFilesAreUnreadable() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "not audio at all\n".repeat(100));
        Path empty = Files.createFile(dir.resolve("empty.m4a"));
        Path missing = dir.resolve("missing.flac");

        for (Path file : new Path[] {text, empty, missing}) {
            AudioException refused = assertThrows(AudioException.class, () -> AudioProbe.probe(file));
            assertEquals(AudioException.Reason.UNREADABLE, refused.reason(), refused.getMessage());
        }
        AudioException refused = assertThrows(AudioException.class, () -> PcmDecoder.open(missing, 16000, 1));
        assertTrue(refused.getMessage().contains("No such file"), refused.getMessage());
    }
}
