package navaa.models.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A WAV file's header read in plain Java (RIFF chunks, "fmt " and "data"), to check the
 * encoder without trusting FFmpeg to read what FFmpeg wrote.
 *
 * @param formatTag     1 PCM, 3 IEEE float; for WAVE_FORMAT_EXTENSIBLE the sub-format's tag
 * @param bitsPerSample per sample
 * @param dataBytes     size of the data chunk
 */
record WavHeader(int formatTag, int channels, int sampleRate, int byteRate, int blockAlign, int bitsPerSample,
                 long dataBytes) {

    private static final int EXTENSIBLE = 0xFFFE;

    long frames() {
        return dataBytes / blockAlign;
    }

    static WavHeader read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (!"RIFF".equals(id(b, 0)) || !"WAVE".equals(id(b, 8)) || b.getInt(4) != b.capacity() - 8) {
            throw new IOException("not a RIFF/WAVE file with a right RIFF size");
        }
        int formatTag = -1;
        int channels = 0;
        int rate = 0;
        int byteRate = 0;
        int align = 0;
        int bits = 0;
        for (int at = 12; at + 8 <= b.capacity(); ) {
            String id = id(b, at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            if (id.equals("fmt ")) {
                formatTag = Short.toUnsignedInt(b.getShort(at + 8));
                channels = b.getShort(at + 10);
                rate = b.getInt(at + 12);
                byteRate = b.getInt(at + 16);
                align = b.getShort(at + 20);
                bits = b.getShort(at + 22);
                if (formatTag == EXTENSIBLE) {
                    formatTag = Short.toUnsignedInt(b.getShort(at + 8 + 24)); // first two bytes of the GUID
                }
            } else if (id.equals("data")) {
                return new WavHeader(formatTag, channels, rate, byteRate, align, bits, size);
            }
            at += 8 + size + (size & 1); // chunks are padded to even lengths
        }
        throw new IOException("no data chunk");
    }

    private static String id(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }
}
