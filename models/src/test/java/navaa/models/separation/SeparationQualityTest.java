package navaa.models.separation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signal-processing separators on test songs ({@link Song}: espeak-ng speech over a band of
 * sox instruments, 0 dB voice to band) in 1-second blocks, as the job runs them: the SDR of each
 * stem must beat the do-nothing baseline (the mixture as the estimate) by {@value #MIN_GAIN_DB}
 * dB. Writes the table, the real-time factor and the allocations to
 * {@code target/separation-quality.txt}.
 * <p>
 * Because the instrumental is the mixture minus the vocals, both stems have the same error
 * signal, so at 0 dB they score the same SDR; both are still measured, against their own truth.
 */
class SeparationQualityTest {

    private static final double MIN_GAIN_DB = 3;
    private static final double MAX_REAL_TIME_FACTOR = 0.5;

    @TempDir
    static Path folder;

    @Test
    void bothStemsBeatTheMixtureByThreeDecibels() throws Exception {
        List<String> rows = new ArrayList<>();
        List<Executable> checks = new ArrayList<>();
        for (int rate : new int[] {16_000, 44_100}) {
            for (int channels : new int[] {1, 2}) {
                Song song = Song.make(channels, rate, folder);
                float[] mix = song.mix();
                Separator separator = SpectralSeparatorTest.signalProcessing(channels, rate);
                Stems stems = Stems.split(Stems.separate(separator, mix, rate), channels);
                double vocals = Sdr.db(song.vocals(), stems.vocals);
                double vocalsBaseline = Sdr.db(song.vocals(), mix);
                double instrumental = Sdr.db(song.accompaniment(), stems.instrumental);
                double instrumentalBaseline = Sdr.db(song.accompaniment(), mix);
                String row = String.format(Locale.ROOT,
                        "%-24s %5d Hz %s  vocals SDR %5.2f dB (mixture %5.2f, gain %+5.2f)"
                                + "  instrumental SDR %5.2f dB (mixture %5.2f, gain %+5.2f)",
                        separator.method().id(), rate, channels == 1 ? "mono  " : "stereo", vocals, vocalsBaseline,
                        vocals - vocalsBaseline, instrumental, instrumentalBaseline,
                        instrumental - instrumentalBaseline);
                rows.add(row);
                checks.add(() -> assertTrue(vocals - vocalsBaseline >= MIN_GAIN_DB, row));
                checks.add(() -> assertTrue(instrumental - instrumentalBaseline >= MIN_GAIN_DB, row));
                int lag = bestLag(stems.vocals, song.vocals(), channels, 64);
                checks.add(() -> assertEquals(0, lag, "the vocals are aligned with the voice: " + row));
                if (rate == 44_100 && channels == 2) {
                    speed(separator.method(), mix, rate, rows, checks);
                }
            }
        }
        report(rows);
        assertAll(checks);
    }

    /**
     * Real-time factor, allocations and checkpoint size of the 44.1 kHz stereo separator, blocks as
     * in a job, after a warm-up run. The time is the thread's CPU time (the separator runs on the
     * caller's thread), which other work on a shared machine does not inflate.
     */
    private static void speed(SeparationMethod method, float[] mix, int rate, List<String> rows,
                              List<Executable> checks) throws Exception {
        float[] block = new float[rate * 2];
        float[] out = new float[rate * 4];
        long best = Long.MAX_VALUE;
        long allocated = 0;
        int state = 0;
        int frames = mix.length / 2;
        for (int run = 0; run < 3; run++) {
            Separator separator = SpectralSeparatorTest.signalProcessing(2, rate);
            long bytes = allocatedBytes();
            long start = cpuNanos();
            for (int at = 0; at < frames; at += rate) {
                int n = Math.min(rate, frames - at);
                System.arraycopy(mix, at * 2, block, 0, n * 2);
                separator.process(block, out, n);
            }
            best = Math.min(best, cpuNanos() - start);
            allocated = allocatedBytes() - bytes;
            state = Checkpoints.serialize(separator.snapshot()).length;
        }
        double factor = best / 1e9 / (frames / (double) rate);
        long perBlock = allocated / ((frames + rate - 1) / rate);
        rows.add(String.format(Locale.ROOT, "%s at %d Hz stereo: real-time factor %.4f of CPU time (%.0fx real time),"
                + " %d bytes allocated per 1 s block, checkpoint state %d bytes serialized", method.id(), rate, factor,
                1 / factor, perBlock, state));
        checks.add(() -> assertTrue(factor < MAX_REAL_TIME_FACTOR, "real-time factor " + factor));
    }

    /** The lag in frames, −maxLag..maxLag, at which {@code estimate} correlates best with {@code truth}. */
    private static int bestLag(float[] estimate, float[] truth, int channels, int maxLag) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double score = 0;
            for (int i = Math.max(0, -lag * channels); i < truth.length && i + lag * channels < estimate.length; i++) {
                score += estimate[i + lag * channels] * truth[i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void report(List<String> rows) throws Exception {
        String text = "Vocal separation of espeak-ng speech over a sox band at 0 dB, 1 s blocks, latency compensated;"
                + " plain SDR, baseline = the mixture as the estimate\n" + String.join("\n", rows) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "separation-quality.txt"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
