package navaa.models.vad;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real speech for tests: espeak-ng speaks, sox converts to 16 kHz mono 16-bit WAV. */
final class SpokenAudio {

    private SpokenAudio() {
    }

    static float[] say(String text, String voice, Path folder) throws IOException, InterruptedException {
        Path raw = folder.resolve("raw-" + System.nanoTime() + ".wav");
        Path converted = folder.resolve("16k-" + System.nanoTime() + ".wav");
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", converted.toString());
        return pcm16(Files.readAllBytes(converted));
    }

    static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * SileroVad.SAMPLE_RATE)];
    }

    static float[] concat(float[]... parts) {
        int length = 0;
        for (float[] part : parts) {
            length += part.length;
        }
        float[] all = new float[length];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** The samples of a canonical PCM WAV: the "data" chunk, little-endian 16-bit. */
    private static float[] pcm16(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = buffer.getInt(at + 4);
            if (id.equals("data")) {
                float[] samples = new float[Math.min(size, wav.length - at - 8) / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = buffer.getShort(at + 8 + 2 * i) / 32768f;
                }
                return samples;
            }
            at += 8 + size + (size & 1);
        }
        throw new IllegalStateException("no data chunk in the WAV");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
