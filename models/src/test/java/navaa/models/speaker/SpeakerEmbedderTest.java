package navaa.models.speaker;

import navaa.models.SpokenAudio;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerEmbedderTest {

    private static SpeakerEmbedder embedder;
    private static float[] first;
    private static float[] second;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() throws Exception {
        embedder = SpeakerEmbedder.load();
        first = SpokenAudio.say(SpeakerSimilarityTest.SENTENCES[0], "en-us", folder);
        second = SpokenAudio.say(SpeakerSimilarityTest.SENTENCES[1], "en-us+f3", folder);
    }

    @Test
    void anEmbeddingHas128ValuesOfLengthRootOf128() {
        float[] e = embedder.embed(first, 16_000).orElseThrow();
        assertEquals(128, e.length);
        double norm = 0;
        for (float v : e) {
            norm += v * v;
        }
        assertEquals(Math.sqrt(128), Math.sqrt(norm), 1e-4);
    }

    @Test
    void underFiftySpeechFramesGiveNoEmbedding() {
        // steady noise: every frame is as loud as the loudest, so every frame counts;
        // 50 frames of 8 kHz are 200 + 49·80 = 4120 samples, 8240 at 16 kHz
        float[] steady = new float[8_240];
        Random random = new Random(5);
        for (int i = 0; i < steady.length; i++) {
            steady[i] = (float) (random.nextGaussian() * 0.1);
        }
        assertTrue(embedder.embed(steady, 16_000).isPresent(), "50 frames");
        assertTrue(embedder.embed(steady, 0, 8_080, 16_000).isEmpty(), "49 frames");
        assertTrue(embedder.embed(new float[32_000], 16_000).isEmpty(), "digital silence is no speech");
    }

    @Test
    void quietPaddingAroundSpeechIsNotPartOfTheEmbedding() {
        float[] alone = embedder.embed(first, 16_000).orElseThrow();
        float[] noise = new float[16_000];
        Random random = new Random(3);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextGaussian() * 0.001); // −60 dBFS
        }
        float[] padded = embedder.embed(SpokenAudio.concat(noise, first, noise), 16_000).orElseThrow();
        double cosine = SpeakerSimilarity.cosine(alone, padded);
        assertTrue(cosine > 0.98, "padding moved the embedding to cosine " + cosine);
    }

    @Test
    void aRangeIsEmbeddedAsItsCopy() {
        float[] both = SpokenAudio.concat(first, second);
        assertArrayEquals(embedder.embed(second, 16_000).orElseThrow(),
                embedder.embed(both, first.length, both.length, 16_000).orElseThrow());
    }

    @Test
    void eightKilohertzInputSkipsTheResampler() {
        float[] narrowband = new Decimator(16_000).apply(first);
        assertArrayEquals(embedder.embed(first, 16_000).orElseThrow(), embedder.embed(narrowband, 8_000).orElseThrow());
    }

    @Test
    void oneEmbedderServesSeveralThreads() throws Exception {
        float[] a = embedder.embed(first, 16_000).orElseThrow();
        float[] b = embedder.embed(second, 16_000).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                float[] speech = i % 2 == 0 ? first : second;
                results.add(pool.submit(() -> embedder.embed(speech, 16_000).orElseThrow()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? a : b, results.get(i).get(), "call " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFourSecondWindowEmbedsInTensOfMilliseconds() {
        float[] window = Arrays.copyOf(SpokenAudio.concat(first, second), 4 * 16_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            embedder.embed(window, 16_000); // warm up the JIT
        }
        long[] cpu = new long[15];
        long[] wall = new long[cpu.length];
        for (int i = 0; i < cpu.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            embedder.embed(window, 16_000).orElseThrow();
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            wall[i] = System.nanoTime() - wallStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        double cpuMs = cpu[cpu.length / 2] / 1e6;
        double wallMs = wall[wall.length / 2] / 1e6;
        System.out.printf(Locale.ROOT, "speaker embedding of a 4-s window at 16 kHz, one thread: median %.1f ms CPU, %.1f ms wall%n",
                cpuMs, wallMs);
        // CPU time, not wall time: other processes on a shared machine do not count
        assertTrue(cpuMs < 100, "a 4-s window took " + cpuMs + " ms of CPU");
    }
}
