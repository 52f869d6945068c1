package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormatSnifferTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void recognisesWhatTheEncoderWrites(AudioFormat format) throws IOException {
        // named .bin so that nothing but the content can tell
        Path file = dir.resolve("upload.bin");
        TestAudio.write(file, format, 44100, 2, TestAudio.sine(44100, 2, 0.5, 440, 0.5));

        assertEquals(Optional.of(format), FormatSniffer.sniff(file));
    }

    @Test
    void refusesATextFileNamedMp3() throws IOException {
        Path file = dir.resolve("song.mp3");
        Files.writeString(file, "Dear customer,\nplease find attached the recording.\n".repeat(50));

        assertEquals(Optional.empty(), FormatSniffer.sniff(file));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.wav"));

        assertEquals(Optional.empty(), FormatSniffer.sniff(file));
    }

    @Test
    void refusesRandomBytes() {
        for (long seed = 0; seed < 200; seed++) {
            byte[] head = new byte[FormatSniffer.HEAD_BYTES];
            new Random(seed).nextBytes(head);

            assertEquals(Optional.empty(), FormatSniffer.sniff(head, head.length), "seed " + seed);
        }
    }

    @Test
    void recognisesMp3FramesWithoutATag() {
        // MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames
        byte[] head = new byte[1000];
        for (int at : new int[] {0, 417}) {
            head[at] = (byte) 0xFF;
            head[at + 1] = (byte) 0xFB;
            head[at + 2] = (byte) 0x90;
            head[at + 3] = (byte) 0x64;
        }
        assertEquals(Optional.of(AudioFormat.MP3), FormatSniffer.sniff(head, head.length));
        // a single frame header is not enough: random data has one every few thousand bytes
        assertEquals(Optional.empty(), FormatSniffer.sniff(Arrays.copyOf(head, 417), 417));
        // MPEG-2 AAC in ADTS has the same sync word but layer 0
        head[1] = (byte) 0xF1;
        head[418] = (byte) 0xF1;
        assertEquals(Optional.empty(), FormatSniffer.sniff(head, head.length));
    }

    @Test
    void recognisesAnId3TagAndLooksBehindIt() {
        byte[] mp3 = ascii("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0010", 100);
        assertEquals(Optional.of(AudioFormat.MP3), FormatSniffer.sniff(mp3, mp3.length));

        byte[] flac = Arrays.copyOf(mp3, 100);
        System.arraycopy(ascii("fLaC", 4), 0, flac, 26, 4);
        assertEquals(Optional.of(AudioFormat.FLAC), FormatSniffer.sniff(flac, flac.length));
    }

    @Test
    void tellsAudioMp4FromQuickTime() {
        byte[] m4a = ascii("\u0000\u0000\u0000\u0018ftypM4A \u0000\u0000\u0000\u0000M4A isom", 64);
        byte[] compatibleOnly = ascii("\u0000\u0000\u0000\u0014ftypXXXX\u0000\u0000\u0000\u0000mp42", 64);
        byte[] quickTime = ascii("\u0000\u0000\u0000\u0014ftypqt  \u0000\u0000\u0000\u0000qt  ", 64);

        assertEquals(Optional.of(AudioFormat.M4A), FormatSniffer.sniff(m4a, m4a.length));
        assertEquals(Optional.of(AudioFormat.M4A), FormatSniffer.sniff(compatibleOnly, compatibleOnly.length));
        assertEquals(Optional.empty(), FormatSniffer.sniff(quickTime, quickTime.length));
    }

    @Test
    void needsWaveInARiffFile() {
        byte[] avi = ascii("RIFF\u0000\u0000\u0000\u0000AVI LIST", 64);
        byte[] rf64 = ascii("RF64\u00ff\u00ff\u00ff\u00ffWAVEds64", 64);

        assertEquals(Optional.empty(), FormatSniffer.sniff(avi, avi.length));
        assertEquals(Optional.of(AudioFormat.WAV), FormatSniffer.sniff(rf64, rf64.length));
    }

    @Test
    void usesOnlyTheBytesItIsToldAbout() {
        byte[] head = ascii("fLaC", 64);

        assertEquals(Optional.empty(), FormatSniffer.sniff(head, 3));
    }

    private static byte[] ascii(String text, int length) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), length);
    }
}
