package navaa.bench;

import navaa.models.dsp.LoudnessMeter;
import navaa.models.dsp.TruePeakMeter;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures measured on files: SI-SNR, SDR, integrated loudness and true peak. */
final class Metrics {

    private Metrics() {
    }

    /**
     * Scale-invariant SNR in dB (Le Roux et al. 2019): both signals made zero-mean, the
     * estimate projected on the reference; the projection is the target, the rest the error.
     */
    static double siSnr(float[] estimate, float[] reference) {
        return siSnr(estimate, reference, 0);
    }

    /** SI-SNR with the estimate shifted: {@code estimate[i + lag]} stands for {@code reference[i]}. */
    static double siSnr(float[] estimate, float[] reference, int lag) {
        int from = Math.max(0, -lag);
        int to = Math.min(reference.length, estimate.length - lag);
        double meanE = 0;
        double meanR = 0;
        for (int i = from; i < to; i++) {
            meanE += estimate[i + lag];
            meanR += reference[i];
        }
        meanE /= to - from;
        meanR /= to - from;
        double dot = 0;
        double rr = 0;
        for (int i = from; i < to; i++) {
            double r = reference[i] - meanR;
            dot += (estimate[i + lag] - meanE) * r;
            rr += r * r;
        }
        double alpha = dot / rr;
        double target = 0;
        double error = 0;
        for (int i = from; i < to; i++) {
            double t = alpha * (reference[i] - meanR);
            double e = estimate[i + lag] - meanE - t;
            target += t * t;
            error += e * e;
        }
        return 10 * Math.log10(target / error);
    }

    /**
     * The shift within ±maxLag samples at which the estimate matches the reference best (largest
     * cross-correlation): 0 when the service compensates its latency.
     */
    static int bestLag(float[] estimate, float[] reference, int maxLag) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double dot = 0;
            int from = Math.max(0, -lag);
            int to = Math.min(reference.length, estimate.length - lag);
            for (int i = from; i < to; i++) {
                dot += estimate[i + lag] * reference[i];
            }
            if (dot > bestDot) {
                bestDot = dot;
                best = lag;
            }
        }
        return best;
    }

    /**
     * Signal-to-distortion ratio in dB as the Music Demixing Challenge defines it: the energy
     * of the true source over the energy of estimate minus source, over every channel and
     * sample (no projection, no allowed filter: a gain error counts as distortion).
     */
    static double sdr(float[] estimate, float[] reference) {
        double s = 0;
        double e = 0;
        int n = Math.min(estimate.length, reference.length);
        for (int i = 0; i < n; i++) {
            s += (double) reference[i] * reference[i];
            double d = estimate[i] - reference[i];
            e += d * d;
        }
        return 10 * Math.log10((s + 1e-12) / (e + 1e-12));
    }

    /** BS.1770-4 integrated loudness by the models module's meter (the server's own). */
    static double lufs(Audio.Pcm pcm) {
        LoudnessMeter meter = new LoudnessMeter(pcm.channels(), pcm.rate());
        meter.add(pcm.samples(), pcm.frames());
        return meter.integratedLufs();
    }

    /** True peak, 4x oversampled, by the models module's meter (the server's own). */
    static double dbtp(Audio.Pcm pcm) {
        return TruePeakMeter.measureDbtp(pcm.samples(), pcm.channels(), pcm.rate());
    }

    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS");
    private static final Pattern PEAK = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    /** Integrated loudness and true peak by FFmpeg's ebur128 filter: a second, independent meter. */
    static double[] ffmpegLoudness(Path file) {
        String out = Audio.run(List.of("ffmpeg", "-nostats", "-hide_banner", "-i", file.toString(),
                "-filter_complex", "ebur128=peak=true", "-f", "null", "-"), 1800);
        int summary = out.lastIndexOf("Summary:");
        String tail = summary >= 0 ? out.substring(summary) : out;
        return new double[]{last(INTEGRATED, tail), last(PEAK, tail)};
    }

    private static double last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        double value = Double.NaN;
        while (m.find()) {
            value = m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
        }
        return value;
    }

    static double rmsDb(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return 10 * Math.log10(sum / samples.length + 1e-20);
    }
}
