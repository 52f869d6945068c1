package navaa.models.diarization;

import navaa.models.diarization.TurnBuilder.LabelledTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Overlaps found by loudness at changes of speaker between real voices, and none at clean changes. */
class OverlapFinderTest {

    @TempDir
    static Path folder;

    /** Two real people, the second starting {@code -gap} seconds before the first ends (gap ≤ 0). */
    private static Conversation pair(int first, int second, int prompt, double gap) throws Exception {
        String[] a = RealVoices.VOICES.get(first);
        String[] b = RealVoices.VOICES.get(second);
        return new Conversation(folder)
                .add(a[1], RealVoices.turn(a[0], prompt, 2, folder), 0)
                .add(b[1], RealVoices.turn(b[0], prompt + 2, 2, folder), gap);
    }

    /** What a diarization without overlaps makes of it: one speaker, then the other, changing halfway through the overlap. */
    private static List<LabelledTurn> oneAtATime(Conversation conversation) {
        SpeakerTurn a = conversation.truth().get(0);
        SpeakerTurn b = conversation.truth().get(1);
        double change = (Math.min(a.end(), b.start()) + Math.max(a.end(), b.start())) / 2;
        return List.of(new LabelledTurn(a.start(), change, 0), new LabelledTurn(change, b.end(), 1));
    }

    private static OverlapFinder.Levels levels(Conversation conversation) {
        LevelTrack track = LevelTrack.of(conversation.audio(), Conversation.RATE, 0);
        return (from, to) -> track;
    }

    @Test
    void bothVoicesAreKeptWhereTheyTalkOverEachOther() throws Exception {
        assertTrue(RealVoices.installed(), "the Asterisk prompts are missing (.ci/run installs them)");
        int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}};
        int found = 0;
        double overlapped = 0;
        double recovered = 0;
        StringBuilder report = new StringBuilder();
        for (int p = 0; p < pairs.length; p++) {
            Conversation conversation = pair(pairs[p][0], pairs[p][1], 10 * p + 3, -1.2);
            List<LabelledTurn> turns = OverlapFinder.withOverlaps(oneAtATime(conversation), levels(conversation));
            SpeakerTurn a = conversation.truth().get(0);
            SpeakerTurn b = conversation.truth().get(1);
            double both = Math.max(0, Math.min(turns.get(0).end(), a.end()) - Math.max(turns.get(1).start(), b.start()));
            found += turns.get(0).end() > turns.get(1).start() ? 1 : 0;
            overlapped += a.end() - b.start();
            recovered += both;
            report.append(String.format("  pair %d: true overlap %.2f–%.2f s, both speakers %.2f–%.2f s%n", p, b.start(), a.end(),
                    turns.get(1).start(), turns.get(0).end()));
        }
        System.out.printf("OverlapFinderTest overlaps: found at %d of %d changes, %.1f of %.1f s of overlapped speech kept for both%n%s",
                found, pairs.length, recovered, overlapped, report);
        assertTrue(found >= 4, report::toString);
        assertTrue(recovered >= 0.4 * overlapped, report::toString);
    }

    @Test
    void aCleanChangeWithoutAPauseStaysOneSpeakerAtATime() throws Exception {
        assertTrue(RealVoices.installed(), "the Asterisk prompts are missing (.ci/run installs them)");
        int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}};
        int found = 0;
        double added = 0;
        for (int p = 0; p < pairs.length; p++) {
            Conversation conversation = pair(pairs[p][0], pairs[p][1], 10 * p + 3, 0.02);
            List<LabelledTurn> before = oneAtATime(conversation);
            List<LabelledTurn> turns = OverlapFinder.withOverlaps(before, levels(conversation));
            double extra = Math.max(0, turns.get(0).end() - turns.get(1).start());
            found += extra > 0 ? 1 : 0;
            added += extra;
        }
        System.out.printf("OverlapFinderTest clean changes: an overlap claimed at %d of %d, %.2f s in all%n", found, pairs.length, added);
        assertTrue(found <= 2 && added < 1.5, found + " clean changes taken for overlaps, " + added + " s");
    }

    @Test
    void turnsWithPausesOrOneSpeakerAreLeftAlone() {
        List<LabelledTurn> turns = List.of(new LabelledTurn(0, 3, 0), new LabelledTurn(3.4, 6, 1), new LabelledTurn(6, 9, 1));
        LevelTrack loudEverywhere = LevelTrack.of(new float[16_000 * 10], 16_000, 0);
        assertEquals(turns, OverlapFinder.withOverlaps(turns, (from, to) -> loudEverywhere));
    }
}
