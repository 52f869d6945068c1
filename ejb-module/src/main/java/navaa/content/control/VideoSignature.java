package navaa.content.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Whether a file's first bytes are the container its extension names: ISO base media
 * (mp4, m4v, mov: a box type such as {@code ftyp} at offset 4), EBML (mkv, webm: {@code 1A 45 DF A3}),
 * RIFF AVI. A cheap first look before FFmpeg opens the upload, so a text or an image renamed
 * {@code .mp4} is refused without reaching a demuxer.
 */
public final class VideoSignature {

    /** How many bytes {@link #matches} looks at. */
    public static final int HEAD = 12;
    private static final Set<String> ISO_BOXES = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "pnot");
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private VideoSignature() {
    }

    public static boolean matches(byte[] head, String extension) {
        if (head == null || head.length < HEAD) {
            return false;
        }
        return switch (extension) {
            case "mp4", "m4v", "mov" -> ISO_BOXES.contains(ascii(head, 4, 8));
            case "mkv", "webm" -> Arrays.equals(head, 0, 4, EBML, 0, 4);
            case "avi" -> "RIFF".equals(ascii(head, 0, 4)) && "AVI ".equals(ascii(head, 8, 12));
            default -> false;
        };
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
