package navaa.models.denoise;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tensorflow.lite.Interpreter;
import org.tensorflow.lite.Tensor;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfLiteStepTest {

    private static final int CALLS = 2000;
    private static final int ROUNDS = 5;

    @BeforeAll
    static void startTheEngine() {
        TestEngine.start();
    }

    /** DJL passes inputs by position; the positions must be those of the names in the spec. */
    @Test
    void tensorPositionsAreThoseOfTheSpec() {
        assertEquals(List.of("input_2 [1, 1, 257]", "input_3 [1, 2, 128, 2]", "Identity [1, 1, 257]",
                "Identity_1 [1, 2, 128, 2]"), tensors(WeightFile.DTLN_1));
        assertEquals(List.of("input_4 [1, 1, 512]", "input_5 [1, 2, 128, 2]", "Identity [1, 1, 512]",
                "Identity_1 [1, 2, 128, 2]"), tensors(WeightFile.DTLN_2));
    }

    @Test
    void theMaskIsBetweenZeroAndOneAndTheStateCarriesOver() {
        try (TfLiteStep step = new TfLiteStep("model_1", Weights.read(WeightFile.DTLN_1), 257)) {
            float[] magnitude = random(257, 1, 3f);
            float[] first = new float[257];
            float[] second = new float[257];
            step.run(magnitude, first);
            assertTrue(min(first) >= 0 && max(first) <= 1, "mask " + min(first) + ".." + max(first));
            float[] state = step.state();
            assertFalse(Arrays.equals(new float[TfLiteStep.STATE], state), "the state is still zero");
            step.run(magnitude, second);
            assertFalse(Arrays.equals(first, second), "a second step with the same input gives the same mask");
            step.state(state);
            float[] again = new float[257];
            step.run(magnitude, again);
            assertArrayEquals(second, again, "a step from a restored state");
        }
    }

    /** Measures what DJL adds to a bare TFLite call; writes target/dtln-djl-overhead.txt. */
    @Test
    void reportsDjlsOverheadPerCall() throws Exception {
        StringBuilder report = new StringBuilder("DJL TFLite step vs. bare org.tensorflow.lite.Interpreter: "
                + "fastest of " + ROUNDS + " rounds of " + CALLS + " calls, after warm-up\n");
        for (WeightFile file : new WeightFile[] {WeightFile.DTLN_1, WeightFile.DTLN_2}) {
            int width = file == WeightFile.DTLN_1 ? 257 : 512;
            byte[] weights = Weights.read(file);
            double[] djl = {Double.MAX_VALUE, 0};
            double[] bare = {Double.MAX_VALUE, 0};
            for (int round = 0; round < ROUNDS; round++) {
                // alternating, so that other work on the machine weighs on both alike
                fastest(djl, timeDjl(weights, width));
                fastest(bare, timeBare(weights, width));
            }
            report.append(String.format(Locale.ROOT, "%s: DJL %.1f µs and %.0f bytes per call, bare %.1f µs and %.0f bytes;"
                    + " DJL adds %.1f µs%n", file.fileName(), djl[0], djl[1], bare[0], bare[1], djl[0] - bare[0]));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "dtln-djl-overhead.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static void fastest(double[] best, double[] measured) {
        if (measured[0] < best[0]) {
            best[0] = measured[0];
            best[1] = measured[1];
        }
    }

    /** Microseconds and bytes allocated per call. */
    private static double[] timeDjl(byte[] weights, int width) {
        try (TfLiteStep step = new TfLiteStep("bench", weights, width)) {
            float[] in = random(width, 2, 1f);
            float[] out = new float[width];
            return time(() -> step.run(in, out));
        }
    }

    private static double[] timeBare(byte[] weights, int width) {
        try (Interpreter interpreter = new Interpreter(direct(weights.length).put(weights))) {
            ByteBuffer in = direct(width * 4);
            ByteBuffer state = direct(TfLiteStep.STATE * 4);
            ByteBuffer out = direct(width * 4);
            ByteBuffer next = direct(TfLiteStep.STATE * 4);
            in.asFloatBuffer().put(random(width, 2, 1f));
            Object[] inputs = {in, state};
            Map<Integer, Object> outputs = new HashMap<>(Map.of(0, out, 1, next));
            return time(() -> bareCall(interpreter, inputs, outputs));
        }
    }

    private static double[] time(Runnable call) {
        for (int i = 0; i < CALLS / 3; i++) {
            call.run();
        }
        long bytes = allocatedBytes();
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        long nanos = System.nanoTime() - start;
        return new double[] {nanos / 1e3 / CALLS, (allocatedBytes() - bytes) / (double) CALLS};
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void bareCall(Interpreter interpreter, Object[] inputs, Map<Integer, Object> outputs) {
        for (Object input : inputs) {
            ((ByteBuffer) input).rewind();
        }
        ByteBuffer next = (ByteBuffer) outputs.get(1);
        next.rewind();
        ((ByteBuffer) outputs.get(0)).rewind();
        interpreter.runForMultipleInputsOutputs(inputs, outputs);
        next.rewind();
        ((ByteBuffer) inputs[1]).rewind().put(next);
    }

    private static List<String> tensors(WeightFile file) {
        byte[] weights = Weights.read(file);
        try (Interpreter interpreter = new Interpreter(direct(weights.length).put(weights))) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < interpreter.getInputTensorCount(); i++) {
                names.add(describe(interpreter.getInputTensor(i)));
            }
            for (int i = 0; i < interpreter.getOutputTensorCount(); i++) {
                names.add(describe(interpreter.getOutputTensor(i)));
            }
            return names;
        }
    }

    private static String describe(Tensor tensor) {
        return tensor.name() + " " + Arrays.toString(tensor.shape());
    }

    private static ByteBuffer direct(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }

    private static float[] random(int length, long seed, float scale) {
        Random random = new Random(seed);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = scale * random.nextFloat();
        }
        return x;
    }

    private static float min(float[] x) {
        float m = Float.POSITIVE_INFINITY;
        for (float v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static float max(float[] x) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
