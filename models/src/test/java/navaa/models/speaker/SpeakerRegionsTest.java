package navaa.models.speaker;

import navaa.models.SpokenAudio;
import navaa.models.vad.SpeechSegment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerRegionsTest {

    private static final int RATE = 16_000;

    @Test
    void longSegmentsAreCutIntoEqualWindowsOfOneAndAHalfToThreeSeconds() {
        List<SpeakerRegions.Span> windows = SpeakerRegions.windows(List.of(
                new SpeechSegment(0.0, 0.8), new SpeechSegment(1.0, 4.0), new SpeechSegment(5.0, 8.1), new SpeechSegment(10.0, 17.0)), RATE);
        List<String> seconds = new ArrayList<>();
        for (SpeakerRegions.Span w : windows) {
            seconds.add(String.format(Locale.ROOT, "%.3f-%.3f", w.start() / (double) RATE, w.end() / (double) RATE));
        }
        assertEquals(List.of("0.000-0.800", "1.000-4.000", "5.000-6.550", "6.550-8.100",
                "10.000-12.333", "12.333-14.667", "14.667-17.000"), seconds);
    }

    @Test
    void windowsScoringAtLeastTheThresholdAreKeptAndJoined() {
        float[] target = {1, 0, 0, 0};
        float[] other = {0, 1, 0, 0};
        // the target speaks until 6 s, someone else after; 0.3-s windows cannot be embedded
        SpeakerRegions.RegionEmbedder fake = (start, end) -> end - start < 0.5 * RATE
                ? Optional.empty()
                : Optional.of(start < 6 * RATE ? target : other);
        List<SpeechSegment> segments = List.of(new SpeechSegment(0, 1), new SpeechSegment(1.5, 1.8),
                new SpeechSegment(2, 6), new SpeechSegment(6, 9));
        SpeakerRegions regions = new SpeakerRegions(target);

        List<SpeakerRegions.Window> scored = regions.score(segments, RATE, fake);
        assertEquals(5, scored.size());
        assertTrue(Double.isNaN(scored.get(1).score()) && !scored.get(1).kept(), "too short to check: not kept");
        assertTrue(scored.get(4).score() < 40 && !scored.get(4).kept());

        assertEquals(List.of(new SpeechSegment(0, 1), new SpeechSegment(2, 6)), regions.keep(segments, RATE, fake));
        // a threshold above the score of the target itself keeps nothing
        assertEquals(List.of(), new SpeakerRegions(target, 99.99).keep(segments, RATE, fake));
    }

    @Test
    void keepsTheTargetSpeakersSentencesAndDropsTheOtherVoice(@TempDir Path folder) throws Exception {
        SpeakerEmbedder embedder = SpeakerEmbedder.load();
        String[] sentences = SpeakerSimilarityTest.SENTENCES;
        float[] a1 = SpokenAudio.say("Rice is often served in round bowls with a little sauce on the side.", "en-us", folder);
        float[] b = SpokenAudio.say("Four hours of steady work faced us after the long break in the morning.", "en-us+f3", folder);
        float[] a2 = SpokenAudio.say("The juice of lemons makes fine punch for a summer party.", "en-us", folder);
        float[] pause = SpokenAudio.silence(1.0);
        float[] recording = SpokenAudio.concat(a1, pause, b, pause, a2, pause);
        // where each sentence is, as a VAD would report it
        List<SpeechSegment> segments = new ArrayList<>();
        int at = 0;
        for (float[] part : List.of(a1, pause, b, pause, a2, pause)) {
            if (part != pause) {
                segments.add(new SpeechSegment((double) at / RATE, (double) (at + part.length) / RATE));
            }
            at += part.length;
        }
        SpeakerRegions.RegionEmbedder embed = (start, end) -> embedder.embed(recording, (int) start, (int) end, RATE);

        float[] targetA = enrol(embedder, "en-us", sentences, folder);
        List<SpeechSegment> keptA = new SpeakerRegions(targetA).keep(segments, RATE, embed);
        report("target en-us", new SpeakerRegions(targetA).score(segments, RATE, embed));
        assertEquals(List.of(segments.get(0), segments.get(2)), keptA, "both en-us sentences, not the en-us+f3 one");

        float[] targetB = enrol(embedder, "en-us+f3", sentences, folder);
        List<SpeechSegment> keptB = new SpeakerRegions(targetB).keep(segments, RATE, embed);
        report("target en-us+f3", new SpeakerRegions(targetB).score(segments, RATE, embed));
        assertEquals(List.of(segments.get(1)), keptB, "only the en-us+f3 sentence");
    }

    /** The target's embedding from two sentences that are not in the recording. */
    private static float[] enrol(SpeakerEmbedder embedder, String voice, String[] sentences, Path folder) throws Exception {
        List<float[]> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            parts.add(embedder.embed(SpokenAudio.say(sentences[i], voice, folder), RATE).orElseThrow());
        }
        return SpeakerSimilarity.average(parts);
    }

    private static void report(String title, List<SpeakerRegions.Window> windows) {
        StringBuilder text = new StringBuilder("speaker regions, " + title + ":");
        for (SpeakerRegions.Window w : windows) {
            text.append(String.format(Locale.ROOT, " [%.2f-%.2f s: %.0f%s]", w.start() / (double) RATE, w.end() / (double) RATE,
                    w.score(), w.kept() ? " kept" : ""));
        }
        System.out.println(text);
    }
}
