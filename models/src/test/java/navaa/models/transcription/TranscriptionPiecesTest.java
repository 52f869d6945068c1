package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranscriptionPiecesTest {

    private static DiarizationResult.Segment turn(int id, double start, double end) {
        return new DiarizationResult.Segment(id, start, end, "SPEAKER_" + id % 2, false, 0.9, "");
    }

    private static final TranscriptionPieces.QuietPoint NEVER = (from, to) -> {
        throw new AssertionError("no turn is too long");
    };

    @Test
    void turnsAreGatheredWhileTheyFitAndPiecesEndWhereTurnsEnd() {
        List<DiarizationResult.Segment> turns = List.of(turn(1, 1, 100), turn(2, 101, 350), turn(3, 352, 590),
                turn(4, 595, 700), turn(5, 705, 900));
        assertEquals(List.of(new TranscriptionPieces.Piece(1, 590), new TranscriptionPieces.Piece(595, 900)),
                TranscriptionPieces.of(turns, 600, NEVER));
    }

    @Test
    void aShortRecordingIsOnePieceAndNoTurnsNone() {
        assertEquals(List.of(new TranscriptionPieces.Piece(2, 30)),
                TranscriptionPieces.of(List.of(turn(2, 20, 30), turn(1, 2, 10)), 600, NEVER));
        assertTrue(TranscriptionPieces.of(List.of(), 600, NEVER).isEmpty());
    }

    @Test
    void aMonologueLongerThanAPieceIsCutAtItsQuietestMomentNearTheLimit() {
        List<double[]> asked = new ArrayList<>();
        TranscriptionPieces.QuietPoint quiet = (from, to) -> {
            asked.add(new double[]{from, to});
            return to - 7;
        };
        List<TranscriptionPieces.Piece> pieces = TranscriptionPieces.of(List.of(turn(1, 10, 20), turn(2, 25, 1500)), 600, quiet);
        assertEquals(List.of(new TranscriptionPieces.Piece(10, 20), new TranscriptionPieces.Piece(25, 618),
                new TranscriptionPieces.Piece(618, 1211), new TranscriptionPieces.Piece(1211, 1500)), pieces);
        assertEquals(595, asked.get(0)[0], 1e-9);
        assertEquals(625, asked.get(0)[1], 1e-9);
        pieces.forEach(p -> assertTrue(p.end() - p.start() <= 600, p.toString()));
    }

    @Test
    void overlappingTurnsAreNotSentTwice() {
        List<TranscriptionPieces.Piece> pieces = TranscriptionPieces.of(List.of(turn(1, 0, 400), turn(2, 390, 700)), 600, NEVER);
        assertEquals(List.of(new TranscriptionPieces.Piece(0, 400), new TranscriptionPieces.Piece(400, 700)), pieces);
    }
}
