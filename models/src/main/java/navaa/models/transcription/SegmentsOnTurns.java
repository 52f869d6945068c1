package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;

import java.util.List;
import java.util.Map;

/**
 * A server's timed segments put on the diarized turns: each segment goes to the turn it shares
 * the most time with (so a sentence that runs a moment past a speaker change is not repeated
 * in both turns), or, falling between turns, to the nearest one; a turn's text is its
 * segments' texts in order.
 */
final class SegmentsOnTurns {

    private SegmentsOnTurns() {
    }

    /**
     * @param turns    the turns the segments may go to (those of one piece)
     * @param segments timed in the whole recording, in order
     * @param texts    each turn's text so far, by turn id; added to
     */
    static void place(List<DiarizationResult.Segment> turns, List<TimedText> segments, Map<Integer, StringBuilder> texts) {
        if (turns.isEmpty()) {
            return;
        }
        for (TimedText segment : segments) {
            String words = segment.text().strip();
            if (!words.isEmpty()) {
                StringBuilder text = texts.computeIfAbsent(owner(turns, segment).id(), id -> new StringBuilder());
                text.append(text.length() == 0 ? "" : " ").append(words);
            }
        }
    }

    private static DiarizationResult.Segment owner(List<DiarizationResult.Segment> turns, TimedText segment) {
        DiarizationResult.Segment best = turns.get(0);
        double bestOverlap = -1;
        double bestDistance = Double.MAX_VALUE;
        for (DiarizationResult.Segment turn : turns) {
            double overlap = segment.overlap(turn.start(), turn.end());
            double distance = segment.distance(turn.start(), turn.end());
            if (overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance) {
                best = turn;
                bestOverlap = overlap;
                bestDistance = distance;
            }
        }
        return best;
    }
}
