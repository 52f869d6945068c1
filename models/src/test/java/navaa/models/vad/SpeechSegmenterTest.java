package navaa.models.vad;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeechSegmenterTest {

    /** 0.1 s chunks, onset 0.5, offset 0.35, min speech 0.25 s, min silence 0.3 s, no pad. */
    private static List<SpeechSegment> run(float... probabilities) {
        SpeechSegmenter segmenter = new SpeechSegmenter(0.1, 0.5f, 0.35f, 0.25, 0.3, 0.0);
        for (float p : probabilities) {
            segmenter.accept(p);
        }
        return segmenter.finish();
    }

    @Test
    void aSegmentRunsFromOnsetToTheStartOfALongEnoughSilence() {
        List<SpeechSegment> segments = run(0.1f, 0.9f, 0.9f, 0.9f, 0.1f, 0.1f, 0.1f, 0.1f);
        assertEquals(1, segments.size());
        assertEquals(0.1, segments.get(0).start(), 1e-9);
        assertEquals(0.4, segments.get(0).end(), 1e-9);
    }

    @Test
    void probabilitiesBetweenTheThresholdsKeepSpeechGoing() {
        List<SpeechSegment> segments = run(0.9f, 0.4f, 0.4f, 0.4f, 0.4f, 0.1f, 0.1f, 0.1f);
        assertEquals(0.5, segments.get(0).end(), 1e-9);
    }

    @Test
    void shortPausesAreBridgedAndShortBlipsDropped() {
        assertEquals(1, run(0.9f, 0.9f, 0.1f, 0.1f, 0.9f, 0.9f, 0.1f, 0.1f, 0.1f).size(), "a 0.2 s pause does not split");
        assertEquals(List.of(), run(0.1f, 0.9f, 0.9f, 0.1f, 0.1f, 0.1f), "0.2 s of speech is too short");
    }

    @Test
    void speechRunningToTheEndIsClosedThere() {
        List<SpeechSegment> segments = run(0.1f, 0.9f, 0.9f, 0.9f);
        assertEquals(0.4, segments.get(0).end(), 1e-9);
    }

    @Test
    void padsWidenSegmentsButStayInsideTheRecordingAndMerge() {
        SpeechSegmenter segmenter = new SpeechSegmenter(0.1, 0.5f, 0.35f, 0.1, 0.2, 0.15);
        for (float p : new float[]{0.9f, 0.9f, 0.1f, 0.1f, 0.1f, 0.9f, 0.9f}) {
            segmenter.accept(p);
        }
        List<SpeechSegment> segments = segmenter.finish();
        assertEquals(1, segments.size(), "0.3 s apart, 0.15 s pads meet: " + segments);
        assertEquals(0.0, segments.get(0).start(), 1e-9);
        assertEquals(0.7, segments.get(0).end(), 1e-9);
    }
}
