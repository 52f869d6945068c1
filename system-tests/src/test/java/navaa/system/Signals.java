package navaa.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test signals as float arrays: made from files, mixed, written as 16-bit WAV, and measured. */
final class Signals {

    private Signals() {
    }

    /** Mono samples of a sox-made or espeak-made file, converted to {@code rate} Hz mono 16-bit first. */
    static float[] mono(Path source, int rate, Path folder) throws IOException, InterruptedException {
        Path converted = folder.resolve("mono-" + System.nanoTime() + ".wav");
        Recordings.run("sox", "-R", source.toString(), "-r", Integer.toString(rate), "-c", "1", "-b", "16", converted.toString());
        return Recordings.wav(Files.readAllBytes(converted)).samples();
    }

    /** sox noise or synth, mono at {@code rate}: e.g. {@code "pinknoise"}. */
    static float[] synth(double seconds, int rate, Path folder, String... synth) throws IOException, InterruptedException {
        Path file = folder.resolve("synth-" + System.nanoTime() + ".wav");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sox", "-R", "-n", "-r", Integer.toString(rate),
                "-c", "1", "-b", "16", file.toString(), "synth", Double.toString(seconds)));
        command.addAll(java.util.List.of(synth));
        Recordings.run(command.toArray(String[]::new));
        return Recordings.wav(Files.readAllBytes(file)).samples();
    }

    static float[] scaled(float[] signal, double gain) {
        float[] out = new float[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (signal[i] * gain);
        }
        return out;
    }

    static float[] sum(float[] a, float[] b) {
        float[] out = new float[Math.min(a.length, b.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    static double energy(float[] signal, int from, int to) {
        double sum = 0;
        for (int i = Math.max(0, from); i < Math.min(to, signal.length); i++) {
            sum += (double) signal[i] * signal[i];
        }
        return sum;
    }

    /** The gain that puts {@code noise} {@code snr} dB under {@code speech}. */
    static double gainFor(float[] speech, float[] noise, double snr) {
        return Math.sqrt(energy(speech, 0, speech.length) / energy(noise, 0, noise.length) / Math.pow(10, snr / 10));
    }

    /** Scale-invariant SNR of {@code estimate} against {@code reference}, in dB. */
    static double siSnr(float[] reference, float[] estimate) {
        int n = Math.min(reference.length, estimate.length);
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            dot += (double) reference[i] * estimate[i];
            norm += (double) reference[i] * reference[i];
        }
        double alpha = dot / norm;
        double target = 0;
        double error = 0;
        for (int i = 0; i < n; i++) {
            double t = alpha * reference[i];
            target += t * t;
            error += (estimate[i] - t) * (estimate[i] - t);
        }
        return 10 * Math.log10(target / error);
    }

    /** Plain SDR, 10·log10(‖s‖² / ‖s − ŝ‖²), in dB. */
    static double sdr(float[] reference, float[] estimate) {
        int n = Math.min(reference.length, estimate.length);
        double signal = 0;
        double error = 0;
        for (int i = 0; i < n; i++) {
            signal += (double) reference[i] * reference[i];
            error += (double) (reference[i] - estimate[i]) * (reference[i] - estimate[i]);
        }
        return 10 * Math.log10(signal / error);
    }

    /** A 16-bit PCM WAV of interleaved {@code samples}; clipped at full scale. */
    static Path writeWav(Path file, float[] samples, int channels, int rate) throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
                .put("data".getBytes()).putInt(samples.length * 2);
        for (float sample : samples) {
            wav.putShort((short) Math.round(Math.max(-1, Math.min(1, sample)) * 32767));
        }
        return Files.write(file, wav.array());
    }

    /** Interleaves mono channels into frames. */
    static float[] interleave(float[]... channels) {
        int frames = channels[0].length;
        float[] out = new float[frames * channels.length];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels.length; c++) {
                out[f * channels.length + c] = channels[c][f];
            }
        }
        return out;
    }
}
