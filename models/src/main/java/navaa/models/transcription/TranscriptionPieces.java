package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a recording is cut into the pieces sent to a transcription server: consecutive turns
 * gathered while they fit in {@link #MAX_SECONDS}, each piece ending where a turn ends and the
 * next starting where a turn starts, so no word is cut in two. A single turn longer than that
 * (a monologue) is cut at its quietest moment near the limit, a pause between words.
 */
public final class TranscriptionPieces {

    /** Ten minutes: well under the 25 MB OpenAI's endpoint accepts (19 MB as 16-bit 16 kHz WAV). */
    public static final double MAX_SECONDS = 600;
    /** How far back from the limit a monologue's cut is looked for. */
    static final double SEARCH_SECONDS = 30;

    /** One piece of the recording, in seconds from its start. */
    public record Piece(double start, double end) {

        boolean meets(DiarizationResult.Segment turn) {
            return turn.end() > start && turn.start() < end;
        }
    }

    /** Where to cut a long turn: the quietest moment between two times, in seconds. */
    @FunctionalInterface
    public interface QuietPoint {
        double between(double from, double to);
    }

    private TranscriptionPieces() {
    }

    public static List<Piece> of(List<DiarizationResult.Segment> turns, double maxSeconds, QuietPoint quiet) {
        List<DiarizationResult.Segment> ordered = turns.stream()
                .sorted(Comparator.comparingDouble(DiarizationResult.Segment::start)).toList();
        List<Piece> pieces = new ArrayList<>();
        double start = Double.NaN;
        double end = Double.NaN;
        for (DiarizationResult.Segment turn : ordered) {
            if (Double.isNaN(start)) {
                start = turn.start();
                end = turn.end();
            } else if (Math.max(end, turn.end()) - start <= maxSeconds) {
                end = Math.max(end, turn.end());
            } else {
                pieces.add(new Piece(start, end));
                start = Math.max(turn.start(), end);
                end = Math.max(end, turn.end());
            }
            while (end - start > maxSeconds) {
                double cut = quiet.between(start + maxSeconds - Math.min(SEARCH_SECONDS, maxSeconds / 2), start + maxSeconds);
                pieces.add(new Piece(start, cut));
                start = cut;
            }
        }
        if (!Double.isNaN(start) && end > start) {
            pieces.add(new Piece(start, end));
        }
        return pieces;
    }
}
