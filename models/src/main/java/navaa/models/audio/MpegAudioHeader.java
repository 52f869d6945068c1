package navaa.models.audio;

/**
 * The 32-bit header of an MPEG audio layer III frame (ISO/IEC 11172-3 section 2.4.2.3 and
 * 13818-3 for the half rates; MPEG 2.5 is the common extension to 8-12 kHz).
 */
final class MpegAudioHeader {

    /** kbit/s by bitrate index, for MPEG-1 and for MPEG-2/2.5; index 0 (free format) and 15 are invalid. */
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG1_HZ = {44100, 48000, 32000};

    private MpegAudioHeader() {
    }

    /** Bytes in the frame whose header starts at {@code at}, or 0 if no valid layer III header is there. */
    static int frameLength(byte[] b, int at) {
        int h = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
        int sync = h >>> 21;
        int version = (h >>> 19) & 3;      // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
        int layer = (h >>> 17) & 3;        // 1: layer III
        int bitrateIndex = (h >>> 12) & 15;
        int rateIndex = (h >>> 10) & 3;
        int padding = (h >>> 9) & 1;
        if (sync != 0x7ff || version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15
                || rateIndex == 3) {
            return 0;
        }
        int divisor = version == 3 ? 1 : version == 2 ? 2 : 4;
        int hz = MPEG1_HZ[rateIndex] / divisor;
        int kbps = (version == 3 ? MPEG1_KBPS : MPEG2_KBPS)[bitrateIndex];
        // 1152 samples per frame in MPEG-1, 576 in MPEG-2/2.5: bytes = samples / 8 * bit rate / rate
        int samplesPerFrame = version == 3 ? 1152 : 576;
        return samplesPerFrame / 8 * kbps * 1000 / hz + padding;
    }
}
