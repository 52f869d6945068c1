package navaa.jobs.control;

import navaa.models.stream.BlockKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlansTest {

    @TempDir
    Path work;

    private AudioTask task(String kind, Map<String, String> parameters) {
        return new AudioTask(7, JobKind.valueOf(kind), "in.flac", null, work.toString(), work.resolve("out").toString(), "talk",
                "FLAC", 44_100, 2, 44_100 * 60, 0, parameters);
    }

    private static List<String> names(AudioPlan plan) {
        return plan.stems().stream().map(OutputStem::name).toList();
    }

    @Test
    void boostKeepsTheInputsRateAndChannels() {
        AudioPlan plan = Plans.of(task("BOOST", Map.of("boost_level", "4x")), Optional.empty());
        assertEquals(44_100, plan.sampleRate());
        assertEquals(2, plan.outputChannels());
        assertEquals(List.of("output"), names(plan));
        assertTrue(plan.method().contains("4x"), plan.method());
        assertEquals(work.resolve("out/talk_boosted.flac"), task("BOOST", Map.of()).output(plan.stems().get(0).suffix()));
    }

    @Test
    void denoiseRunsAtSixteenKilohertzMonoAndMayBoostAfterwards() {
        AudioPlan plain = Plans.of(task("DENOISE", Map.of("boost_level", "none")), Optional.empty());
        AudioPlan boosted = Plans.of(task("DENOISE", Map.of("boost_level", "2x")), Optional.empty());
        assertEquals(16_000, plain.sampleRate());
        assertEquals(1, plain.channels());
        assertTrue(!plain.method().contains("gain") && boosted.method().contains("gain 2x"), boosted.method());
        assertEquals(16_000 * 60, plain.expectedFrames(task("DENOISE", Map.of())));
    }

    @Test
    void separationWritesBothStemsWithTheAskedForOneFirst() {
        AudioPlan vocals = Plans.of(task("SEPARATE", Map.of("output_type", "vocals")), Optional.empty());
        AudioPlan instrumental = Plans.of(task("SEPARATE", Map.of("output_type", "instrumental")), Optional.empty());
        assertEquals(List.of("vocals", "instrumental"), names(vocals));
        assertEquals(List.of("instrumental", "vocals"), names(instrumental));
        assertEquals(4, vocals.outputChannels());
        assertEquals(2, instrumental.stems().get(0).firstChannel(), "instrumental is channels 2-3 of [vL, vR, iL, iR]");
        assertEquals("dsp-centre-side-harmonic", vocals.method());
        try (BlockKernel kernel = vocals.kernel().get()) {
            float[] out = new float[Math.max(44_100, kernel.maxFlushFrames()) * 4];
            assertEquals(0, kernel.process(new float[2048 * 2], out, 2048), "the STFT's latency holds the first frames back");
        }
    }

    @Test
    void extractionWithoutItsAnalysisIsAClearError() {
        AudioPlan plan = Plans.of(task("EXTRACT", Map.of()), Optional.empty());
        assertEquals(Plans.ANALYSIS_PROGRESS, plan.progress(task("EXTRACT", Map.of()), 0));
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> plan.kernel().get());
        assertTrue(error.getMessage().contains("analysis step"), error.getMessage());
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Plans.of(task("DIARIZE", Map.of()), Optional.empty()));
    }
}
