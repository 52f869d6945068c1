package navaa.models.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises an upload's container from its first bytes, whatever its name says, so that a
 * renamed document is refused before FFmpeg spends time on it. Pure Java: the signatures are
 * those of the container specifications (RIFF/WAVE, FLAC "fLaC", ID3v2, the MPEG audio frame
 * header, the ISO base media "ftyp" box).
 */
public final class FormatSniffer {

    /** Enough for an ftyp box with many brands and two MPEG frames at any bit rate. */
    public static final int HEAD_BYTES = 4096;

    /** Brands of MP4 files that hold audio; QuickTime ("qt  ") and 3GPP are not accepted. */
    private static final Set<String> MP4_BRANDS = Set.of(
            "M4A ", "M4B ", "mp41", "mp42", "isom", "iso2", "iso4", "iso5", "iso6", "dash");

    private FormatSniffer() {
    }

    public static Optional<AudioFormat> sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in);
        }
    }

    /** Reads at most {@link #HEAD_BYTES} from the stream, which is left open. */
    public static Optional<AudioFormat> sniff(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        return sniff(head, head.length);
    }

    /** @param length how many bytes of {@code head} are the file's first bytes */
    public static Optional<AudioFormat> sniff(byte[] head, int length) {
        if (isWave(head, length)) {
            return Optional.of(AudioFormat.WAV);
        }
        if (is(head, length, 0, "fLaC")) {
            return Optional.of(AudioFormat.FLAC);
        }
        if (isMp4Audio(head, length)) {
            return Optional.of(AudioFormat.M4A);
        }
        if (is(head, length, 0, "ID3") && length >= 10) {
            // ID3v2 tags precede MP3 and, rarely, FLAC; look behind the tag when it is short
            int end = 10 + syncSafe(head, 6);
            return Optional.of(is(head, length, end, "fLaC") ? AudioFormat.FLAC : AudioFormat.MP3);
        }
        return hasMpegFrames(head, length) ? Optional.of(AudioFormat.MP3) : Optional.empty();
    }

    private static boolean isWave(byte[] head, int length) {
        // RF64 and BW64 are RIFF with 64-bit sizes, for WAV files over 4 GB
        boolean riff = is(head, length, 0, "RIFF") || is(head, length, 0, "RF64") || is(head, length, 0, "BW64");
        return riff && is(head, length, 8, "WAVE");
    }

    /** ISO/IEC 14496-12 section 4.3: size, "ftyp", major brand, minor version, compatible brands. */
    private static boolean isMp4Audio(byte[] head, int length) {
        if (!is(head, length, 4, "ftyp") || length < 12) {
            return false;
        }
        int boxEnd = Math.min(length, bigEndian(head, 0));
        if (MP4_BRANDS.contains(text(head, 8))) {
            return true;
        }
        for (int at = 16; at + 4 <= boxEnd; at += 4) {
            if (MP4_BRANDS.contains(text(head, at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A valid MPEG-1/2/2.5 layer III header followed by another where its length says: one
     * header alone turns up in random bytes about once in ten thousand positions.
     */
    private static boolean hasMpegFrames(byte[] head, int length) {
        for (int at = 0; at + 4 <= length; at++) {
            int frameLength = MpegAudioHeader.frameLength(head, at);
            int next = at + frameLength;
            if (frameLength > 0 && next + 4 <= length && MpegAudioHeader.frameLength(head, next) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(byte[] head, int length, int at, String ascii) {
        if (at < 0 || at + ascii.length() > length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (head[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] head, int at) {
        return new String(head, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    /** ID3v2 sizes keep the top bit of each byte clear ("synchsafe", ID3v2.4 section 6.2). */
    private static int syncSafe(byte[] b, int at) {
        return (b[at] & 0x7f) << 21 | (b[at + 1] & 0x7f) << 14 | (b[at + 2] & 0x7f) << 7 | (b[at + 3] & 0x7f);
    }
}
