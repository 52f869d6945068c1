package navaa.models.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A FLAC decompression bomb, written byte by byte: frames of the largest block (65,535
 * samples) whose every channel is one CONSTANT subframe, about 35 bytes a frame, so each
 * byte decodes to some 15,000 samples (8 channels). Shared with the system tests (the
 * models test jar) so both upload the same kind of file.
 *
 * <p>Layout from the FLAC format specification (RFC 9639): "fLaC", a STREAMINFO block, then
 * frames of header (sync 0xFFF8, block size code 7 with the size minus one in 16 bits,
 * rate from STREAMINFO, channels, 16-bit samples, UTF-8 coded frame number, CRC-8),
 * subframes (type CONSTANT and one sample each), CRC-16.
 */
public final class FlacBomb {

    /** The largest FLAC block, in samples per channel. */
    public static final int BLOCK = 65_535;

    private static final int BITS = 16;
    private static final int SAMPLE_VALUE = 1000;

    private FlacBomb() {
    }

    /**
     * @param frames        how many frames (each {@link #BLOCK} samples per channel)
     * @param sampleRate    in Hz
     * @param channels      1 to 8
     * @param statedSamples the length STREAMINFO states, per channel: the true one
     *                      ({@code frames × BLOCK}), a lie, or 0 for "unknown"
     */
    public static Path write(Path file, int frames, int sampleRate, int channels, long statedSamples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frames * (14 + 3 * channels) + 64);
        out.writeBytes(new byte[] {'f', 'L', 'a', 'C'});
        out.writeBytes(streamInfo(sampleRate, channels, statedSamples));
        for (int i = 0; i < frames; i++) {
            out.writeBytes(frame(i, channels));
        }
        try {
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bomb whose STREAMINFO states its true length. */
    public static Path write(Path file, int frames, int sampleRate, int channels) {
        return write(file, frames, sampleRate, channels, (long) frames * BLOCK);
    }

    private static byte[] streamInfo(int sampleRate, int channels, long statedSamples) {
        Bits bits = new Bits();
        bits.put(0x80, 8);                       // last metadata block, type 0 (STREAMINFO)
        bits.put(34, 24);                        // its length
        bits.put(BLOCK, 16);                     // minimum block size
        bits.put(BLOCK, 16);                     // maximum block size
        bits.put(0, 24);                         // minimum frame size: unknown
        bits.put(0, 24);                         // maximum frame size: unknown
        bits.put(sampleRate, 20);
        bits.put(channels - 1, 3);
        bits.put(BITS - 1, 5);
        bits.put(statedSamples >>> 32, 4);
        bits.put(statedSamples & 0xFFFF_FFFFL, 32);
        for (int i = 0; i < 16; i++) {
            bits.put(0, 8);                      // MD5 of the audio: not computed
        }
        return bits.bytes();
    }

    private static byte[] frame(int number, int channels) {
        Bits header = new Bits();
        header.put(0xFFF8, 16);                  // sync, reserved 0, fixed block size
        header.put(7, 4);                        // block size: 16 bits at the end of the header
        header.put(0, 4);                        // sample rate: from STREAMINFO
        header.put(channels - 1, 4);             // independent channels
        header.put(4, 3);                        // 16 bits per sample
        header.put(0, 1);
        for (byte b : utf8(number)) {
            header.put(b & 0xFF, 8);
        }
        header.put(BLOCK - 1, 16);
        byte[] head = header.bytes();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(head);
        frame.write(crc8(head));
        for (int c = 0; c < channels; c++) {
            frame.write(0);                      // padding 0, type 000000 (CONSTANT), no wasted bits
            frame.write(SAMPLE_VALUE >>> 8);
            frame.write(SAMPLE_VALUE & 0xFF);
        }
        int crc = crc16(frame.toByteArray());
        frame.write(crc >>> 8);
        frame.write(crc & 0xFF);
        return frame.toByteArray();
    }

    /** The frame number coded as FLAC codes it, like UTF-8 (up to 2²¹ here). */
    private static byte[] utf8(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        } else if (n < 0x800) {
            return new byte[] {(byte) (0xC0 | n >>> 6), (byte) (0x80 | n & 0x3F)};
        } else if (n < 0x10000) {
            return new byte[] {(byte) (0xE0 | n >>> 12), (byte) (0x80 | n >>> 6 & 0x3F), (byte) (0x80 | n & 0x3F)};
        }
        return new byte[] {(byte) (0xF0 | n >>> 18), (byte) (0x80 | n >>> 12 & 0x3F), (byte) (0x80 | n >>> 6 & 0x3F),
                (byte) (0x80 | n & 0x3F)};
    }

    /** CRC-8, polynomial x⁸ + x² + x + 1, initial 0. */
    private static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80) != 0 ? (crc << 1 ^ 0x07) & 0xFF : crc << 1 & 0xFF;
            }
        }
        return crc;
    }

    /** CRC-16, polynomial x¹⁶ + x¹⁵ + x² + 1, initial 0. */
    private static int crc16(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x8005) & 0xFFFF : crc << 1 & 0xFFFF;
            }
        }
        return crc;
    }

    /** Big-endian bit writer. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long pending;
        private int count;

        void put(long value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                pending = pending << 1 | (value >>> i & 1);
                if (++count == 8) {
                    out.write((int) pending);
                    pending = 0;
                    count = 0;
                }
            }
        }

        byte[] bytes() {
            if (count != 0) {
                throw new IllegalStateException("not on a byte boundary");
            }
            return out.toByteArray();
        }
    }
}
