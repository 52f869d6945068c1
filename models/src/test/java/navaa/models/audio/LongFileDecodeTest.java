package navaa.models.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ten minutes of 44.1 kHz stereo, decoded block by block in memory that does not grow with the file. */
class LongFileDecodeTest {

    private static final System.Logger LOG = System.getLogger(LongFileDecodeTest.class.getName());
    private static final int RATE = 44100;
    private static final int SECONDS = 600;
    private static final long FRAMES = (long) RATE * SECONDS;
    private static final int BLOCK = 4096;
    /** The whole file as floats would be 212 MB; a block is 32 kB. */
    private static final long MEMORY_BOUND = 16L << 20;

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void writeTenMinutes() {
        file = dir.resolve("long.flac");
        float[] block = new float[BLOCK * 2];
        try (PcmEncoder encoder = PcmEncoder.open(file, AudioFormat.FLAC, RATE, 2, 0)) {
            for (long at = 0; at < FRAMES; at += BLOCK) {
                int count = (int) Math.min(BLOCK, FRAMES - at);
                for (int f = 0; f < count; f++) {
                    block[2 * f] = sample(at + f, 0);
                    block[2 * f + 1] = sample(at + f, 1);
                }
                encoder.write(block, count);
            }
        }
    }

    /** A 440 Hz tone in the left channel, 1 kHz in the right. */
    private static float sample(long frame, int channel) {
        double t = (double) frame / RATE;
        return channel == 0 ? TestAudio.quantised(0.4 * Math.sin(2 * Math.PI * 440 * t))
                : TestAudio.quantised(0.2 * Math.sin(2 * Math.PI * 1000 * t));
    }

    @Test
    void decodesTenMinutesInBoundedMemory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long nativeBefore = Pointer.totalBytes();
        long decoded = 0;
        long started = System.nanoTime();
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, 2)) {
            float[] block = new float[BLOCK * 2];
            for (int got; (got = decoder.read(block, BLOCK)) > 0; ) {
                decoded += got;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            // measured while the decoder is still open, so whatever it holds is counted
            System.gc();
            long heapGrowth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
            long nativeGrowth = Pointer.totalBytes() - nativeBefore;
            LOG.log(Level.INFO, "decoded {0} s of 44.1 kHz stereo FLAC in {1} s ({2}x real time); "
                    + "heap grew {3} bytes, JavaCPP native memory {4} bytes",
                    SECONDS, seconds, Math.round(SECONDS / seconds), heapGrowth, nativeGrowth);

            assertEquals(FRAMES, decoded);
            assertTrue(heapGrowth < MEMORY_BOUND, "heap grew by " + heapGrowth);
            assertTrue(nativeGrowth < MEMORY_BOUND, "native buffers grew by " + nativeGrowth);
            // far below what was measured (500x to 1000x), only to catch a decoder gone pathological
            assertTrue(SECONDS / seconds > 20, "decoded at " + SECONDS / seconds + "x real time");
        }
    }

    /** A restart near the end of a long FLAC seeks in the file instead of decoding what comes before. */
    @Test
    void seeksNearTheEndExactlyAndCheaply() {
        float[] block = new float[BLOCK * 2];
        long readingStarted = System.nanoTime();
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, 2)) {
            for (long read = 0; read < 60L * RATE; ) {
                read += decoder.read(block, BLOCK);
            }
        }
        long readingAMinute = System.nanoTime() - readingStarted;

        long target = 590L * RATE + 123;
        long seekStarted = System.nanoTime();
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, 2)) {
            decoder.seekToFrame(target);
            assertEquals(BLOCK, decoder.read(block, BLOCK));
        }
        long seeking = System.nanoTime() - seekStarted;

        for (int f = 0; f < BLOCK; f++) {
            assertEquals(sample(target + f, 0), block[2 * f], "left at " + (target + f));
            assertEquals(sample(target + f, 1), block[2 * f + 1], "right at " + (target + f));
        }
        assertTrue(seeking < readingAMinute, "seeking to 590 s took " + seeking / 1e6 + " ms, reading one minute "
                + readingAMinute / 1e6 + " ms");
    }
}
