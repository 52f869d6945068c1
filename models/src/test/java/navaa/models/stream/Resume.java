package navaa.models.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract's resume check for any kernel, as the batch job restarts one: process part of
 * the stream, snapshot, serialize, restore into a fresh kernel, process the rest and flush;
 * the output must equal an uninterrupted run's bit for bit.
 */
public final class Resume {

    private final Supplier<? extends BlockKernel> kernels;
    private final int inChannels;
    private final int outChannels;
    private final int block;

    /** @param block frames a call hands over; the split falls inside a block's worth, not at a multiple of it */
    public Resume(Supplier<? extends BlockKernel> kernels, int inChannels, int outChannels, int block) {
        this.kernels = kernels;
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.block = block;
    }

    /** Asserts the resumed run equals the uninterrupted one when the kill comes after {@code splitFrame}. */
    public void assertExactAfter(float[] input, int splitFrame) {
        int frames = input.length / inChannels;
        float[] whole;
        try (BlockKernel kernel = kernels.get()) {
            whole = run(kernel, input, 0, frames, true);
        }
        assertEquals(frames * outChannels, whole.length, "the output is as long as the input");
        byte[] checkpoint;
        float[] head;
        try (BlockKernel first = kernels.get()) {
            head = run(first, input, 0, splitFrame, false);
            checkpoint = serialize(first.snapshot());
        }
        float[] tail;
        try (BlockKernel second = kernels.get()) {
            second.restore(deserialize(checkpoint));
            tail = run(second, input, splitFrame, frames, true);
        }
        float[] resumed = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, resumed, head.length, tail.length);
        assertArrayEquals(whole, resumed, "restored at frame " + splitFrame + " of " + frames);
    }

    private float[] run(BlockKernel kernel, float[] input, int from, int to, boolean flush) {
        float[] out = new float[Math.max(block, kernel.maxFlushFrames()) * outChannels];
        float[] all = new float[(to - from + kernel.maxFlushFrames() + block) * outChannels];
        int written = 0;
        for (int at = from; at < to; at += block) {
            int frames = Math.min(block, to - at);
            float[] in = Arrays.copyOfRange(input, at * inChannels, (at + frames) * inChannels);
            int made = kernel.process(in, out, frames);
            System.arraycopy(out, 0, all, written * outChannels, made * outChannels);
            written += made;
        }
        if (flush) {
            int made = kernel.flush(out);
            System.arraycopy(out, 0, all, written * outChannels, made * outChannels);
            written += made;
        }
        return Arrays.copyOf(all, written * outChannels);
    }

    private static byte[] serialize(Serializable state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Serializable deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Serializable) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
