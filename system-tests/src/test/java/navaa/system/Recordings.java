package navaa.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real speech files for upload tests (espeak-ng speaks, sox converts), and a WAV reader for what comes back. */
final class Recordings {

    private Recordings() {
    }

    /** A quiet spoken recording: {@code espeak-ng} speech at {@code volume} in the given rate, channels and format. */
    static Path speech(Path folder, String name, String text, double volume, int rate, int channels) throws IOException, InterruptedException {
        Path raw = folder.resolve("raw-" + System.nanoTime() + ".wav");
        Path file = folder.resolve(name);
        run("espeak-ng", "-v", "en-us", "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", Integer.toString(rate), "-c", Integer.toString(channels), "-b", "16", file.toString(), "vol", Double.toString(volume));
        return file;
    }

    /** The same with one of espeak-ng's voices, e.g. {@code en-us+f3}, so that two speakers sound apart. */
    static Path speech(Path folder, String name, String text, String voice, double volume, int rate, int channels)
            throws IOException, InterruptedException {
        Path raw = folder.resolve("raw-" + System.nanoTime() + ".wav");
        Path file = folder.resolve(name);
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", Integer.toString(rate), "-c", Integer.toString(channels), "-b", "16", file.toString(), "vol", Double.toString(volume));
        return file;
    }

    /** A recording with white noise of {@code noiseVolume} under it, as long as the recording. */
    static Path noisy(Path folder, String name, Path recording, double noiseVolume) throws IOException, InterruptedException {
        return mixed(folder, name, recording, "whitenoise", noiseVolume);
    }

    /** A "song": the voice over a steady two-note chord, which a separator should put in the instrumental stem. */
    static Path song(Path folder, String name, Path voice, double chordVolume) throws IOException, InterruptedException {
        return mixed(folder, name, voice, "sine 220 sine 330", chordVolume);
    }

    /** Recordings of the same rate and channels, one after the other. */
    static Path concatenated(Path folder, String name, Path... parts) throws IOException, InterruptedException {
        String[] command = new String[parts.length + 2];
        command[0] = "sox";
        for (int i = 0; i < parts.length; i++) {
            command[i + 1] = parts[i].toString();
        }
        command[parts.length + 1] = folder.resolve(name).toString();
        run(command);
        return folder.resolve(name);
    }

    private static Path mixed(Path folder, String name, Path recording, String synth, double volume) throws IOException, InterruptedException {
        Path bed = folder.resolve("bed-" + System.nanoTime() + ".wav");
        Path file = folder.resolve(name);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sox", recording.toString(), bed.toString(), "synth"));
        command.addAll(java.util.List.of(synth.split(" ")));
        command.addAll(java.util.List.of("vol", Double.toString(volume)));
        run(command.toArray(String[]::new));
        run("sox", "-m", recording.toString(), bed.toString(), file.toString());
        return file;
    }

    /** Interleaved samples of a 16-bit PCM WAV, and its channel count and rate. */
    record Pcm(float[] samples, int channels, int rate) {
        int frames() {
            return samples.length / channels;
        }
    }

    static Pcm wav(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (!new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
            throw new AssertionError("not a WAV file");
        }
        int channels = 0;
        int rate = 0;
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            int size = buffer.getInt(at + 4);
            if (id.equals("fmt ")) {
                channels = buffer.getShort(at + 10);
                rate = buffer.getInt(at + 12);
                if (buffer.getShort(at + 22) != 16) {
                    throw new AssertionError("expected 16-bit PCM");
                }
            } else if (id.equals("data")) {
                float[] samples = new float[Math.min(size, wav.length - at - 8) / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = buffer.getShort(at + 8 + 2 * i) / 32768f;
                }
                return new Pcm(samples, channels, rate);
            }
            at += 8 + size + (size & 1);
        }
        throw new AssertionError("no data chunk in the WAV");
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
