package navaa.models.audio;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic signals, interleaved, on the 16-bit grid (k / 32768) so that a 16-bit WAV or
 * FLAC round trip must return them exactly; and whole-file helpers for short test files.
 */
final class TestAudio {

    /** Block length used when writing, deliberately not a multiple of any codec's frame. */
    private static final int WRITE_BLOCK = 1000;

    private TestAudio() {
    }

    static float[] sine(int sampleRate, int channels, double seconds, double hz, double amplitude) {
        int frames = (int) Math.round(seconds * sampleRate);
        float[] out = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            float x = quantised(amplitude * Math.sin(2 * Math.PI * hz * f / sampleRate));
            Arrays.fill(out, f * channels, (f + 1) * channels, x);
        }
        return out;
    }

    /**
     * A logarithmic sweep from {@code fromHz} to {@code toHz} in the first channel and, in the
     * others, white noise at a tenth of the amplitude, so channels differ.
     */
    static float[] sweepAndNoise(int sampleRate, int channels, double seconds, double fromHz, double toHz,
                                 double amplitude, long seed) {
        Random random = new Random(seed);
        int frames = (int) Math.round(seconds * sampleRate);
        double k = Math.log(toHz / fromHz) / seconds;
        float[] out = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            double t = (double) f / sampleRate;
            out[f * channels] = quantised(amplitude * Math.sin(2 * Math.PI * fromHz * (Math.exp(k * t) - 1) / k));
            for (int c = 1; c < channels; c++) {
                out[f * channels + c] = quantised(amplitude / 10 * random.nextGaussian());
            }
        }
        return out;
    }

    static float quantised(double x) {
        // + 0f turns -0.0 into 0.0, which is what a 16-bit sample decodes to
        return (float) (Math.max(-32768, Math.min(32767, Math.rint(x * 32768))) / 32768) + 0f;
    }

    static void write(Path file, AudioFormat format, int sampleRate, int channels, float[] samples) {
        try (PcmEncoder encoder = PcmEncoder.open(file, format, sampleRate, channels, 0)) {
            writeAll(encoder, channels, samples);
        }
    }

    static void writeAll(PcmEncoder encoder, int channels, float[] samples) {
        int frames = samples.length / channels;
        for (int at = 0; at < frames; at += WRITE_BLOCK) {
            int count = Math.min(WRITE_BLOCK, frames - at);
            encoder.write(Arrays.copyOfRange(samples, at * channels, (at + count) * channels), count);
        }
    }

    /** Every frame from output frame {@code from} on (0: the whole file), read in 4096-frame blocks. */
    static float[] decode(Path file, int sampleRate, int channels, long from) {
        try (PcmDecoder decoder = PcmDecoder.open(file, sampleRate, channels)) {
            if (from > 0) {
                decoder.seekToFrame(from);
            }
            return readToEnd(decoder, 4096);
        }
    }

    static float[] readToEnd(PcmDecoder decoder, int block) {
        int channels = decoder.channels();
        float[] buffer = new float[block * channels];
        float[] all = new float[1 << 16];
        int length = 0;
        for (int got; (got = decoder.read(buffer, block)) > 0; length += got * channels) {
            if (length + got * channels > all.length) {
                all = Arrays.copyOf(all, 2 * all.length + got * channels);
            }
            System.arraycopy(buffer, 0, all, length, got * channels);
        }
        return Arrays.copyOf(all, length);
    }

    /** Signal-to-noise ratio in dB of {@code actual} against {@code expected}, over their common length. */
    static double snrDb(float[] expected, float[] actual) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
            signal += expected[i] * expected[i];
            noise += (expected[i] - actual[i]) * (expected[i] - actual[i]);
        }
        return 10 * Math.log10(signal / noise);
    }

    /** Sign changes in one channel of interleaved samples. */
    static int zeroCrossings(float[] samples, int channels, int channel) {
        int count = 0;
        for (int i = channel + channels; i < samples.length; i += channels) {
            if ((samples[i - channels] < 0) != (samples[i] < 0)) {
                count++;
            }
        }
        return count;
    }
}
