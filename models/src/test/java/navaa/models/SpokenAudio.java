package navaa.models;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real speech and coloured noise for the tests of every model, 16 kHz mono: espeak-ng
 * speaks, sox makes the noise ({@code -R}: the same noise on every run) and converts to
 * 16-bit WAV.
 */
public final class SpokenAudio {

    private SpokenAudio() {
    }

    /** {@code espeak-ng -v voice text}, resampled to 16 kHz. */
    public static float[] say(String text, String voice, Path folder) throws IOException, InterruptedException {
        Path raw = folder.resolve("speech-" + System.nanoTime() + ".wav");
        Path converted = folder.resolve("speech16k-" + System.nanoTime() + ".wav");
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", "-R", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", converted.toString());
        return pcm16(Files.readAllBytes(converted));
    }

    /** A recording of any rate and channels sox reads, as 16 kHz mono. */
    public static float[] read(Path file, Path folder) throws IOException, InterruptedException {
        Path converted = folder.resolve("read16k-" + System.nanoTime() + ".wav");
        run("sox", "-R", file.toString(), "-r", "16000", "-c", "1", "-b", "16", converted.toString());
        return pcm16(Files.readAllBytes(converted));
    }

    /** sox's {@code whitenoise}, {@code pinknoise} or {@code brownnoise}, {@code samples} long. */
    public static float[] noise(String kind, int samples, Path folder) throws IOException, InterruptedException {
        Path wav = folder.resolve(kind + "-" + System.nanoTime() + ".wav");
        run("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", wav.toString(),
                "synth", (samples / 16_000.0) + "", kind);
        float[] noise = pcm16(Files.readAllBytes(wav));
        if (noise.length < samples) {
            throw new IllegalStateException("sox made " + noise.length + " samples of " + kind + ", not " + samples);
        }
        return java.util.Arrays.copyOf(noise, samples);
    }

    /** {@code speech + g·noise} with g such that the energies differ by {@code snr} dB over the whole signal. */
    public static float[] mix(float[] speech, float[] noise, double snr) {
        double speechEnergy = 0;
        double noiseEnergy = 0;
        for (int i = 0; i < speech.length; i++) {
            speechEnergy += speech[i] * speech[i];
            noiseEnergy += noise[i] * noise[i];
        }
        double gain = Math.sqrt(speechEnergy / noiseEnergy / Math.pow(10, snr / 10));
        float[] mix = new float[speech.length];
        for (int i = 0; i < speech.length; i++) {
            mix[i] = (float) (speech[i] + gain * noise[i]);
        }
        return mix;
    }

    public static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * 16_000)];
    }

    public static float[] concat(float[]... parts) {
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
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
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
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
