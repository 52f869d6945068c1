package navaa.models.denoise;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Streaming, checkpoints and their exactness; the quality is {@link DtlnQualityTest}'s. */
class DtlnDenoiserTest {

    /** 3 s of a voice-like buzz (harmonics of a gliding 120..180 Hz) in noise. */
    private static final float[] INPUT = noisyBuzz(48_000);
    private static float[] reference;

    @BeforeAll
    static void denoiseInOneGo() {
        TestEngine.start();
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            reference = run(denoiser, INPUT, new int[] {INPUT.length});
        }
    }

    @AfterAll
    static void forget() {
        reference = null;
    }

    @Test
    void anyBlockSizesGiveTheSameOutput() {
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            assertArrayEquals(reference, run(denoiser, INPUT, new int[] {1, 77, 128, 4096, 333, 0, 1000}));
        }
    }

    @Test
    void theOutputIsTheInputLengthPlusTheLatencyAndStartsWithSilence() {
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            assertEquals(511, denoiser.latencySamples());
        }
        assertEquals(INPUT.length + 511, reference.length);
        assertArrayEquals(new float[127], Arrays.copyOf(reference, 127));
    }

    /** The batch job's restart: snapshot after a block, serialize, restore into a new instance. */
    @Test
    void aRestoredInstanceContinuesBitForBit() throws Exception {
        int[] blocks = {1000};
        int split = 23_000; // 179.7 hops: the snapshot holds a partly filled hop
        float[] out = new float[INPUT.length + 511];
        byte[] checkpoint;
        try (DtlnDenoiser first = new DtlnDenoiser()) {
            float[] head = run(first, Arrays.copyOf(INPUT, split), blocks, false);
            System.arraycopy(head, 0, out, 0, split);
            checkpoint = serialize(first.snapshot());
        }
        try (DtlnDenoiser second = new DtlnDenoiser()) {
            DtlnDenoiser.State state = (DtlnDenoiser.State) deserialize(checkpoint);
            second.restore(state);
            assertEquals(state, second.snapshot());
            float[] rest = run(second, Arrays.copyOfRange(INPUT, split, INPUT.length), blocks);
            System.arraycopy(rest, 0, out, split, rest.length);
        }
        assertArrayEquals(reference, out);
    }

    @Test
    void resetStartsANewStream() {
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            run(denoiser, noisyBuzz(5_000), new int[] {999});
            denoiser.reset();
            assertArrayEquals(reference, run(denoiser, INPUT, new int[] {2048}));
        }
    }

    @Test
    void theStateIsImmutableAndChecked() {
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            run(denoiser, Arrays.copyOf(INPUT, 300), new int[] {300}, false);
            DtlnDenoiser.State state = denoiser.snapshot();
            assertEquals(300 % 128, state.pendingIn().length);
            assertEquals(127 - 300 % 128, state.pendingOut().length);
            state.frame()[511] = 42;
            assertNotEquals(42, state.frame()[511]);
            float[] lstm = new float[512];
            float[] frame = new float[512];
            assertThrows(IllegalArgumentException.class,
                    () -> new DtlnDenoiser.State(lstm, lstm, frame, frame, new float[3], new float[3]));
            assertThrows(IllegalArgumentException.class,
                    () -> new DtlnDenoiser.State(lstm, new float[511], frame, frame, new float[0], new float[127]));
        }
    }

    private static float[] run(DtlnDenoiser denoiser, float[] in, int[] blockSizes) {
        return run(denoiser, in, blockSizes, true);
    }

    /** Feeds {@code in} in blocks of the given sizes, round robin, copying as a batch step would. */
    private static float[] run(DtlnDenoiser denoiser, float[] in, int[] blockSizes, boolean flush) {
        float[] out = new float[in.length + (flush ? denoiser.latencySamples() : 0)];
        int at = 0;
        for (int i = 0; at < in.length; i++) {
            int n = Math.min(blockSizes[i % blockSizes.length], in.length - at);
            float[] block = Arrays.copyOfRange(in, at, at + n);
            float[] result = new float[n];
            denoiser.process(block, result, n);
            System.arraycopy(result, 0, out, at, n);
            at += n;
        }
        if (flush) {
            float[] tail = new float[denoiser.latencySamples()];
            assertEquals(tail.length, denoiser.flush(tail));
            System.arraycopy(tail, 0, out, in.length, tail.length);
        }
        return out;
    }

    private static byte[] serialize(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static float[] noisyBuzz(int length) {
        Random random = new Random(5);
        float[] x = new float[length];
        double phase = 0;
        for (int i = 0; i < length; i++) {
            phase += 2 * Math.PI * (150 + 30 * Math.sin(2 * Math.PI * i / 16_000.0)) / 16_000;
            double buzz = 0;
            for (int h = 1; h <= 20; h++) {
                buzz += Math.sin(h * phase) / h;
            }
            x[i] = (float) (0.05 * buzz * (0.5 + 0.5 * Math.sin(2 * Math.PI * 3 * i / 16_000.0))
                    + 0.02 * random.nextGaussian());
        }
        return x;
    }
}
