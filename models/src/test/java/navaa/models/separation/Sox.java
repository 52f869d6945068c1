package navaa.models.separation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** sox for the tests: synthesis and resampling to raw 32-bit float mono, read back as floats. */
final class Sox {

    private Sox() {
    }

    /** {@code sox -R -n … synth <arguments>} at {@code rate}: {@code -R} makes the noise and plucks the same on every run. */
    static float[] synth(Path folder, int rate, String... synth) throws IOException, InterruptedException {
        Path out = folder.resolve("synth-" + System.nanoTime() + ".f32");
        List<String> command = new ArrayList<>(List.of("sox", "-R", "-n", "-r", rate + "", "-c", "1",
                "-e", "floating-point", "-b", "32", "-t", "raw", out.toString(), "synth"));
        command.addAll(List.of(synth));
        run(command);
        return read(out);
    }

    /** {@code samples} at {@code from} Hz resampled to {@code to} Hz by sox's default (high quality) resampler. */
    static float[] resample(float[] samples, int from, int to, Path folder) throws IOException, InterruptedException {
        if (from == to) {
            return samples.clone();
        }
        Path in = folder.resolve("in-" + System.nanoTime() + ".f32");
        Path out = folder.resolve("out-" + System.nanoTime() + ".f32");
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(samples);
        Files.write(in, bytes.array());
        run(List.of("sox", "-t", "raw", "-r", from + "", "-c", "1", "-e", "floating-point", "-b", "32", in.toString(),
                "-t", "raw", "-r", to + "", "-c", "1", "-e", "floating-point", "-b", "32", out.toString()));
        return read(out);
    }

    private static float[] read(Path raw) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        float[] samples = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(samples);
        return samples;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
