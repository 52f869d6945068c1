package navaa.content.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CueTimelineTest {

    private static final CueTimeline DOC = new CueTimeline(Subtitles.parse(SubtitlesTest.DOC_SRT));

    @Test
    void eachMomentShowsItsCueAndBackToBackCuesNeverBoth() {
        assertEquals(1, DOC.at(0).orElseThrow().index());
        assertEquals(1, DOC.at(3199).orElseThrow().index());
        assertEquals(2, DOC.at(3200).orElseThrow().index());
        assertEquals(List.of(DOC.at(3200).orElseThrow()), DOC.allAt(3200));
        assertEquals(2, DOC.at(6799).orElseThrow().index());
        assertEquals(Optional.empty(), DOC.at(6800));
        assertEquals(Optional.empty(), DOC.at(-1));
        assertEquals(List.of(), DOC.allAt(60_000));
    }

    @Test
    void gapsOverlapsAndFilesOutOfOrder() {
        CueTimeline timeline = new CueTimeline(new Subtitles(List.of(
                new Cue(1, 10_000, 12_000, List.of("late")),
                new Cue(2, 0, 9_000, List.of("long")),
                new Cue(3, 2_000, 3_000, List.of("inside")),
                new Cue(4, 5_000, 5_000, List.of("never shown")))));
        assertEquals("long", timeline.at(1_000).orElseThrow().text());
        assertEquals("inside", timeline.at(2_500).orElseThrow().text());
        assertEquals(List.of("long", "inside"), timeline.allAt(2_500).stream().map(Cue::text).toList());
        assertEquals("long", timeline.at(5_000).orElseThrow().text());
        assertEquals(Optional.empty(), timeline.at(9_500));
        assertEquals("late", timeline.at(11_999).orElseThrow().text());
    }

    @Test
    void framByFrameItAgreesWithLookingAtEveryCue() {
        Random random = new Random(15);
        List<Cue> cues = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            long start = random.nextInt(600_000);
            cues.add(new Cue(i, start, start + random.nextInt(8_000), List.of("cue " + i)));
        }
        Subtitles subtitles = new Subtitles(cues);
        CueTimeline timeline = new CueTimeline(subtitles);
        for (long frame = 0; frame < 610_000; frame += 33) {
            long t = frame;
            List<Cue> expected = cues.stream().filter(c -> c.showsAt(t))
                    .sorted(Comparator.comparingLong(Cue::startMillis)).toList();
            assertEquals(expected, timeline.allAt(t), "at " + t);
            assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected.get(expected.size() - 1)), timeline.at(t));
        }
    }
}
