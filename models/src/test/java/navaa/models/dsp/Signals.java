package navaa.models.dsp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Random;

/** Synthetic test signals, interleaved floats, and the checkpoint round trip a batch job makes. */
final class Signals {

    private static final System.Logger LOG = System.getLogger("navaa.models.dsp");

    private Signals() {
    }

    /** Reports a measured figure in the test output; {@code format} as String.format takes it. */
    static void report(String format, Object... args) {
        LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT, format, args));
    }

    /** Equal sines of fixed {@code amplitude} at {@code hz}, phase 0, in every channel: the same waveform at any rate. */
    static float[] tones(int channels, int sampleRate, double seconds, double amplitude, double... hz) {
        int frames = (int) Math.round(seconds * sampleRate);
        float[] out = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            double x = 0;
            for (double h : hz) {
                x += amplitude * Math.sin(2 * Math.PI * h * f / sampleRate);
            }
            for (int c = 0; c < channels; c++) {
                out[f * channels + c] = (float) x;
            }
        }
        return out;
    }

    static float[] whiteNoise(int channels, int sampleRate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        double rms = Math.pow(10, rmsDbfs / 20);
        float[] out = new float[(int) Math.round(seconds * sampleRate) * channels];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (rms * random.nextGaussian());
        }
        return out;
    }

    /** A sine of peak {@code peakDbfs} in every channel; {@code phase} in radians at frame 0. */
    static float[] sine(int channels, int sampleRate, double seconds, double hz, double peakDbfs, double phase) {
        int frames = (int) Math.round(seconds * sampleRate);
        double amplitude = Math.pow(10, peakDbfs / 20);
        float[] out = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            float x = (float) (amplitude * Math.sin(2 * Math.PI * hz * f / sampleRate + phase));
            for (int c = 0; c < channels; c++) {
                out[f * channels + c] = x;
            }
        }
        return out;
    }

    static float[] sine(int channels, int sampleRate, double seconds, double hz, double peakDbfs) {
        return sine(channels, sampleRate, seconds, hz, peakDbfs, 0);
    }

    /** Pink-ish noise (Paul Kellet's economy filter), independent per channel, scaled to a sample peak in dBFS. */
    static float[] pinkNoise(int channels, int sampleRate, double seconds, double peakDbfs, long seed) {
        Random random = new Random(seed);
        int frames = (int) Math.round(seconds * sampleRate);
        double[] x = new double[frames * channels];
        double peak = 0;
        for (int c = 0; c < channels; c++) {
            double b0 = 0, b1 = 0, b2 = 0;
            for (int f = 0; f < frames; f++) {
                double white = random.nextGaussian();
                b0 = 0.99765 * b0 + white * 0.0990460;
                b1 = 0.96300 * b1 + white * 0.2965164;
                b2 = 0.57000 * b2 + white * 1.0526913;
                x[f * channels + c] = b0 + b1 + b2 + white * 0.1848;
                peak = Math.max(peak, Math.abs(x[f * channels + c]));
            }
        }
        return scale(x, Math.pow(10, peakDbfs / 20) / peak);
    }

    /** Sum of sines at the given frequencies with random phases, scaled to a sample peak in dBFS. */
    static float[] chord(int channels, int sampleRate, double seconds, double peakDbfs, long seed, double... hz) {
        Random random = new Random(seed);
        int frames = (int) Math.round(seconds * sampleRate);
        double[] x = new double[frames * channels];
        double peak = 0;
        for (int c = 0; c < channels; c++) {
            for (double h : hz) {
                double phase = 2 * Math.PI * random.nextDouble();
                for (int f = 0; f < frames; f++) {
                    x[f * channels + c] += Math.sin(2 * Math.PI * h * f / sampleRate + phase);
                }
            }
            for (int f = 0; f < frames; f++) {
                peak = Math.max(peak, Math.abs(x[f * channels + c]));
            }
        }
        return scale(x, Math.pow(10, peakDbfs / 20) / peak);
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static double samplePeak(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    static double loudness(float[] x, int channels, int sampleRate) {
        LoudnessMeter meter = new LoudnessMeter(channels, sampleRate);
        meter.add(x, x.length / channels);
        return meter.integratedLufs();
    }

    /** Frames {@code from} (inclusive) to {@code to} of an interleaved signal. */
    static float[] frames(float[] x, int channels, int from, int to) {
        float[] out = new float[(to - from) * channels];
        System.arraycopy(x, from * channels, out, 0, out.length);
        return out;
    }

    /** Serializes and reads back, as the job repository does with checkpoint data. */
    @SuppressWarnings("unchecked")
    static <T extends Serializable> T checkpoint(T state) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(state);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static int checkpointBytes(Serializable state) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(state);
            }
            return bytes.size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static float[] scale(double[] x, double gain) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] * gain);
        }
        return out;
    }
}
