package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcmEncoderTest {

    @TempDir
    Path dir;

    @Test
    void writesA16BitWavThatAPlainParserReads() throws IOException {
        Path file = dir.resolve("tone.wav");
        float[] samples = TestAudio.sine(44100, 2, 1.5, 1000, 0.5);
        TestAudio.write(file, AudioFormat.WAV, 44100, 2, samples);

        WavHeader header = WavHeader.read(file);
        assertEquals(new WavHeader(1, 2, 44100, 44100 * 4, 4, 16, samples.length * 2L), header);
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        data.position((int) (Files.size(file) - header.dataBytes()));
        for (int i = 0; i < samples.length; i++) {
            assertEquals(Math.round(samples[i] * 32768), data.getShort(), "sample " + i);
        }
    }

    @Test
    void writesAFloatWav() throws IOException {
        Path file = dir.resolve("float.wav");
        float[] samples = {0.1f, -0.25f, 1.5f, 0.0f, -1.0f, 0.33333334f};
        try (PcmEncoder encoder = PcmEncoder.openFloatWav(file, 48000, 1)) {
            encoder.write(samples, samples.length);
        }

        WavHeader header = WavHeader.read(file);
        assertEquals(3, header.formatTag());
        assertEquals(32, header.bitsPerSample());
        assertEquals(48000, header.sampleRate());
        assertEquals(samples.length, header.frames());
        // floats pass unchanged, even beyond full scale
        assertArrayEquals(samples, TestAudio.decode(file, 48000, 1, 0));
    }

    @Test
    void clipsBeyondFullScaleIn16Bits() throws IOException {
        Path file = dir.resolve("loud.wav");
        try (PcmEncoder encoder = PcmEncoder.open(file, AudioFormat.WAV, 8000, 1, 0)) {
            encoder.write(new float[] {1.5f, -1.5f, 1.0f, -1.0f}, 4);
        }

        assertArrayEquals(new float[] {32767 / 32768f, -1f, 32767 / 32768f, -1f},
                TestAudio.decode(file, 8000, 1, 0));
    }

    @Test
    void countsFramesAcrossOddBlocks() {
        try (PcmEncoder encoder = PcmEncoder.open(dir.resolve("count.mp3"), AudioFormat.MP3, 44100, 1, 64_000)) {
            encoder.write(new float[3000], 1);
            encoder.write(new float[3000], 2999);
            assertEquals(3000, encoder.framesWritten());
        }
    }

    @Test
    void refusesARateTheCodecCannotTake() {
        AudioException refused = assertThrows(AudioException.class,
                () -> PcmEncoder.open(dir.resolve("odd.mp3"), AudioFormat.MP3, 44101, 2, 0));

        assertEquals(AudioException.Reason.UNSUPPORTED, refused.reason());
        assertTrue(refused.getMessage().contains("44101 Hz") && refused.getMessage().contains("44100"),
                refused.getMessage());
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        AudioException refused = assertThrows(AudioException.class,
                () -> PcmEncoder.open(dir.resolve("missing/out.flac"), AudioFormat.FLAC, 44100, 2, 0));

        assertEquals(AudioException.Reason.WRITE_FAILED, refused.reason());
        assertTrue(refused.getMessage().startsWith("out.flac could not be written"), refused.getMessage());
    }

    @Test
    void anEmptyFileIsStillAFile() {
        Path file = dir.resolve("nothing.flac");
        try (PcmEncoder encoder = PcmEncoder.open(file, AudioFormat.FLAC, 16000, 1, 0)) {
            assertEquals(0, encoder.framesWritten());
        }

        assertEquals(0, TestAudio.decode(file, 16000, 1, 0).length);
    }
}
