package navaa.models.stream;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KernelContractTest {

    /** Hands out its input {@code delay} frames late, with silence first, as DTLN does. */
    static final class Delay implements DelayedStream {
        final float[] line;

        Delay(int delay) {
            line = new float[delay];
        }

        @Override
        public void process(float[] in, float[] out, int frames) {
            float[] all = new float[line.length + frames];
            System.arraycopy(line, 0, all, 0, line.length);
            System.arraycopy(in, 0, all, line.length, frames);
            System.arraycopy(all, 0, out, 0, frames);
            System.arraycopy(all, frames, line, 0, line.length);
        }

        @Override
        public int flush(float[] out) {
            System.arraycopy(line, 0, out, 0, line.length);
            return line.length;
        }

        @Override
        public Serializable snapshot() {
            return line.clone();
        }

        @Override
        public void restore(Serializable state) {
            System.arraycopy((float[]) state, 0, line, 0, line.length);
        }

        @Override
        public void close() {
        }
    }

    /** Doubles every sample; no delay. */
    static final class Doubler implements BlockKernel {
        @Override
        public int process(float[] in, float[] out, int frames) {
            for (int i = 0; i < frames; i++) {
                out[i] = 2 * in[i];
            }
            return frames;
        }

        @Override
        public int flush(float[] out) {
            return 0;
        }

        @Override
        public Serializable snapshot() {
            return 0;
        }

        @Override
        public void restore(Serializable state) {
        }
    }

    private static float[] ramp(int n) {
        float[] ramp = new float[n];
        for (int i = 0; i < n; i++) {
            ramp[i] = i + 1;
        }
        return ramp;
    }

    /** Runs the kernel over {@code input} in blocks of {@code block}, then flushes. */
    private static float[] run(BlockKernel kernel, float[] input, int block) {
        float[] out = new float[input.length + 1000];
        float[] buffer = new float[1000];
        int written = 0;
        for (int at = 0; at < input.length; at += block) {
            int frames = Math.min(block, input.length - at);
            int made = kernel.process(Arrays.copyOfRange(input, at, at + frames), buffer, frames);
            System.arraycopy(buffer, 0, out, written, made);
            written += made;
        }
        int tail = kernel.flush(buffer);
        System.arraycopy(buffer, 0, out, written, tail);
        return Arrays.copyOf(out, written + tail);
    }

    @Test
    void theDelayIsTakenOutSoTheOutputLinesUpWithTheInput() {
        float[] input = ramp(1000);
        assertArrayEquals(input, run(new DelayCompensated(new Delay(37), 37, 1), input, 100));
    }

    @Test
    void anInputShorterThanTheDelayComesOutWhole() {
        float[] input = ramp(10);
        assertArrayEquals(input, run(new DelayCompensated(new Delay(37), 37, 1), input, 4));
    }

    @Test
    void aChainFeedsTheFirstKernelsTailThroughTheSecond() {
        float[] input = ramp(700);
        BlockKernel chain = new ChainedKernel(new DelayCompensated(new Delay(50), 50, 1), new Doubler(), 1, 1000);
        float[] out = run(chain, input, 128);
        assertEquals(700, out.length);
        for (int i = 0; i < out.length; i++) {
            assertEquals(2 * input[i], out[i]);
        }
    }

    @Test
    void aRestoredChainContinuesAsTheUninterruptedOne() {
        float[] input = ramp(600);
        float[] whole = run(new ChainedKernel(new DelayCompensated(new Delay(50), 50, 1), new Doubler(), 1, 1000), input, 100);

        BlockKernel before = new ChainedKernel(new DelayCompensated(new Delay(50), 50, 1), new Doubler(), 1, 1000);
        float[] buffer = new float[1000];
        int first = before.process(Arrays.copyOf(input, 300), buffer, 300);
        float[] head = Arrays.copyOf(buffer, first);
        BlockKernel after = new ChainedKernel(new DelayCompensated(new Delay(50), 50, 1), new Doubler(), 1, 1000);
        after.restore(before.snapshot());
        float[] rest = run(after, Arrays.copyOfRange(input, 300, 600), 100);

        float[] joined = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, joined, head.length, rest.length);
        assertArrayEquals(whole, joined);
    }
}
