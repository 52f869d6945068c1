package navaa.models.diarization;

import java.util.Arrays;

/**
 * The loudness of a stretch of recording every 10 ms: the power over the 200 ms around each
 * frame, in dB. 200 ms bridges the dips between syllables, so a level that stays up shows
 * speech that goes on rather than single loud sounds.
 */
public final class LevelTrack {

    /** Seconds per level. */
    static final double STEP = 0.01;
    private static final int HALF_SPAN = 10;

    private final double start;
    private final double[] levels;

    private LevelTrack(double start, double[] levels) {
        this.start = start;
        this.levels = levels;
    }

    /** The levels of {@code samples} (at {@code rate} Hz), the first of which is at {@code start} seconds. */
    public static LevelTrack of(float[] samples, int rate, double start) {
        int frame = (int) Math.round(rate * STEP);
        int n = samples.length / frame;
        double[] power = new double[n];
        for (int f = 0; f < n; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += samples[i] * samples[i];
            }
            power[f] = sum / frame;
        }
        double[] levels = new double[n];
        for (int f = 0; f < n; f++) {
            double sum = 0;
            int from = Math.max(0, f - HALF_SPAN);
            int to = Math.min(n, f + HALF_SPAN);
            for (int g = from; g < to; g++) {
                sum += power[g];
            }
            levels[f] = 10 * Math.log10(sum / (to - from) + 1e-10);
        }
        return new LevelTrack(start, levels);
    }

    /** The level at time {@code t}, clamped to the track. */
    double at(double t) {
        return levels[Math.max(0, Math.min(levels.length - 1, index(t)))];
    }

    /** The {@code q} quantile (0–1) of the levels between two times, or NaN where that holds under 0.1 s. */
    double quantile(double from, double to, double q) {
        int a = Math.max(0, index(from));
        int b = Math.min(levels.length, index(to));
        if (b - a < 10) {
            return Double.NaN;
        }
        double[] part = Arrays.copyOfRange(levels, a, b);
        Arrays.sort(part);
        return part[(int) (q * (part.length - 1))];
    }

    double start() {
        return start;
    }

    double end() {
        return start + levels.length * STEP;
    }

    private int index(double t) {
        return (int) Math.floor((t - start) / STEP + 1e-9);
    }
}
