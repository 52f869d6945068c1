package navaa.models.denoise;

import navaa.models.SpokenAudio;

import org.junit.jupiter.api.BeforeAll;
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
 * DTLN on real (synthetic) speech in white, pink and brown noise at 0 and 5 dB: the
 * SI-SNR must rise by at least 6 dB. Writes the table and the real-time factor to
 * {@code target/dtln-quality.txt}.
 */
class DtlnQualityTest {

    private static final String[] NOISES = {"whitenoise", "pinknoise", "brownnoise"};
    private static final double[] SNRS = {0, 5};
    private static final double MIN_GAIN_DB = 6;
    /** Not a multiple of the 128-sample hop, so blocks end inside hops, as in the batch job. */
    private static final int BLOCK = 1000;

    @BeforeAll
    static void startTheEngine() {
        TestEngine.start();
    }

    @Test
    void raisesTheSiSnrOfSpeechInNoiseBySixDecibels(@TempDir Path folder) throws Exception {
        float[] speech = speech(folder);
        List<String> rows = new ArrayList<>();
        List<Executable> checks = new ArrayList<>();
        long nanos = 0;
        long samples = 0;
        long allocated = 0;
        try (DtlnDenoiser denoiser = new DtlnDenoiser()) {
            int latency = denoiser.latencySamples();
            for (String kind : NOISES) {
                float[] noise = SpokenAudio.noise(kind, speech.length, folder);
                for (double snr : SNRS) {
                    float[] noisy = SpokenAudio.mix(speech, noise, snr);
                    denoiser.reset();
                    long bytes = allocatedBytes();
                    long start = System.nanoTime();
                    float[] out = denoise(denoiser, noisy);
                    nanos += System.nanoTime() - start;
                    allocated += allocatedBytes() - bytes;
                    samples += noisy.length;
                    double before = SiSnr.db(noisy, speech);
                    double after = SiSnr.db(out, latency, speech, 0, speech.length);
                    String row = String.format(Locale.ROOT, "%-10s %4.0f dB   SI-SNR %6.2f -> %6.2f dB   gain %+6.2f dB",
                            kind, snr, before, after, after - before);
                    rows.add(row);
                    checks.add(() -> assertTrue(after - before >= MIN_GAIN_DB, row));
                    if (rows.size() == 1) {
                        int lag = bestLag(out, speech, 2 * latency);
                        checks.add(() -> assertEquals(latency, lag, "the output lags the clean speech by"));
                    }
                }
            }
        }
        double seconds = samples / (double) DtlnDenoiser.SAMPLE_RATE;
        rows.add(String.format(Locale.ROOT, "real-time factor %.4f (%.2f s of processing for %.1f s of audio)",
                nanos / 1e9 / seconds, nanos / 1e9, seconds));
        rows.add(String.format(Locale.ROOT, "allocated %.0f bytes per 128-sample hop (mostly DJL's output arrays)",
                allocated / (samples / 128.0)));
        report(rows);
        assertAll(checks);
    }

    /** In blocks of {@link #BLOCK}, then the tail: latency + input length samples. */
    private static float[] denoise(DtlnDenoiser denoiser, float[] in) {
        float[] out = new float[in.length + denoiser.latencySamples()];
        float[] block = new float[BLOCK];
        for (int at = 0; at < in.length; at += BLOCK) {
            int n = Math.min(BLOCK, in.length - at);
            System.arraycopy(in, at, block, 0, n);
            denoiser.process(block, block, n);
            System.arraycopy(block, 0, out, at, n);
        }
        float[] tail = new float[denoiser.latencySamples()];
        denoiser.flush(tail);
        System.arraycopy(tail, 0, out, in.length, tail.length);
        return out;
    }

    /** About 9 s: four Harvard sentences in four voices, with pauses. */
    private static float[] speech(Path folder) throws Exception {
        float[] pause = new float[4000];
        return SpokenAudio.concat(pause,
                SpokenAudio.say("The birch canoe slid on the smooth planks.", "en-us", folder), pause,
                SpokenAudio.say("Glue the sheet to the dark blue background.", "en-gb+f3", folder), pause,
                SpokenAudio.say("It is easy to tell the depth of a well.", "en-gb-scotland", folder), pause,
                SpokenAudio.say("Rice is often served in round bowls.", "en-us+f2", folder), pause);
    }

    /** The lag 0..maxLag at which {@code out} correlates best with {@code clean}. */
    private static int bestLag(float[] out, float[] clean, int maxLag) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag <= maxLag; lag++) {
            double score = 0;
            for (int i = 0; i < clean.length && i + lag < out.length; i++) {
                score += out[i + lag] * clean[i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void report(List<String> rows) throws Exception {
        String text = "DTLN on espeak-ng speech, " + BLOCK + "-sample blocks, latency compensated\n"
                + String.join("\n", rows) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "dtln-quality.txt"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
