package navaa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Audio files for the benchmark: espeak-ng speaks, sox makes noise and music, and a WAV reader and writer. */
final class Audio {

    private Audio() {
    }

    /** Interleaved samples, their channel count and rate. */
    record Pcm(float[] samples, int channels, int rate) {

        int frames() {
            return samples.length / channels;
        }

        double seconds() {
            return (double) frames() / rate;
        }

        /** One channel, or the mean of all. */
        float[] mono() {
            if (channels == 1) {
                return samples;
            }
            float[] mono = new float[frames()];
            for (int f = 0; f < mono.length; f++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += samples[f * channels + c];
                }
                mono[f] = sum / channels;
            }
            return mono;
        }

        Pcm first(int frames) {
            return new Pcm(Arrays.copyOf(samples, Math.min(frames, frames()) * channels), channels, rate);
        }
    }

    /** espeak-ng saying the text in a voice (e.g. "en-us+f3"), then sox to the rate and channels, 16-bit. */
    static Path speak(Path to, String voice, String text, int rate, int channels) {
        Path raw = to.resolveSibling(to.getFileName() + ".espeak.wav");
        run("espeak-ng", "-v", voice, "-s", "155", "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", Integer.toString(rate), "-c", Integer.toString(channels), "-b", "16", to.toString());
        delete(raw);
        return to;
    }

    /** sox's noise generators: "whitenoise", "pinknoise", "brownnoise"; repeatable (-R), the same noise on every run. */
    static Path noise(Path to, String kind, double seconds, int rate, int channels) {
        run("sox", "-R", "-n", "-r", Integer.toString(rate), "-c", Integer.toString(channels), "-b", "16", to.toString(),
                "synth", String.format(java.util.Locale.ROOT, "%.4f", seconds), kind, "vol", "0.5");
        return to;
    }

    static Pcm read(Path wav) {
        try {
            return parse(Files.readAllBytes(wav));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PCM 16/24/32-bit or 32-bit float WAV (plain or WAVE_FORMAT_EXTENSIBLE). */
    static Pcm parse(byte[] wav) {
        if (wav.length < 12 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
            throw new IllegalArgumentException("not a WAV file");
        }
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int tag = 0;
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            if (id.equals("fmt ")) {
                tag = b.getShort(at + 8) & 0xffff;
                channels = b.getShort(at + 10);
                rate = b.getInt(at + 12);
                bits = b.getShort(at + 22);
                if (tag == 0xfffe) {
                    tag = b.getShort(at + 32) & 0xffff;
                }
            } else if (id.equals("data")) {
                int bytes = bits / 8;
                long available = Math.min(size, wav.length - at - 8L);
                float[] samples = new float[(int) (available / bytes)];
                int p = at + 8;
                for (int i = 0; i < samples.length; i++, p += bytes) {
                    samples[i] = switch (bits) {
                        case 16 -> b.getShort(p) / 32768f;
                        case 24 -> ((wav[p] & 0xff) | (wav[p + 1] & 0xff) << 8 | wav[p + 2] << 16) / 8388608f;
                        case 32 -> tag == 3 ? b.getFloat(p) : b.getInt(p) / 2147483648f;
                        default -> throw new IllegalArgumentException(bits + "-bit WAV");
                    };
                }
                return new Pcm(samples, channels, rate);
            }
            at += 8 + (int) size + (int) (size & 1);
        }
        throw new IllegalArgumentException("no data chunk in the WAV");
    }

    /** 16-bit PCM, clipped at full scale (the callers keep their peaks under it). */
    static Path write(Path to, Pcm pcm) {
        int bytes = pcm.samples().length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + bytes).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) pcm.channels())
                .putInt(pcm.rate()).putInt(pcm.rate() * pcm.channels() * 2).putShort((short) (pcm.channels() * 2)).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(bytes);
        for (float s : pcm.samples()) {
            b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s * 32768))));
        }
        try {
            Files.write(to, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Any file the server returns as a WAV at the given rate and channel count (sox converts when it must). */
    static Pcm readAs(Path file, int rate, int channels) {
        Pcm pcm = null;
        try {
            pcm = read(file);
        } catch (IllegalArgumentException notWav) {
            // an encoded format: sox (or ffmpeg) converts below
        }
        if (pcm != null && pcm.rate() == rate && pcm.channels() == channels) {
            return pcm;
        }
        Path converted = file.resolveSibling(file.getFileName() + ".as.wav");
        run("ffmpeg", "-v", "error", "-y", "-i", file.toString(), "-ar", Integer.toString(rate), "-ac", Integer.toString(channels),
                "-c:a", "pcm_f32le", converted.toString());
        Pcm as = read(converted);
        delete(converted);
        return as;
    }

    static String run(String... command) {
        return run(List.of(command), 600);
    }

    static String run(List<String> command, int timeoutSeconds) {
        Result result = exec(command, timeoutSeconds);
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + result.exit() + "): " + result.output());
        }
        return result.output();
    }

    record Result(int exit, String output) {
    }

    /** A command's exit code and its output (stdout and stderr together). */
    static Result exec(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
