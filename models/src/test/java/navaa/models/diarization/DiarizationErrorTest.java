package navaa.models.diarization;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DiarizationErrorTest {

    private static final DiarizationError NO_COLLAR = new DiarizationError(0, false);

    private static final List<SpeakerTurn> TWO_SPEAKERS = List.of(
            new SpeakerTurn(0, 4, "alice"), new SpeakerTurn(4, 8, "bob"), new SpeakerTurn(9, 11, "alice"));

    @Test
    void theSameTurnsUnderOtherNamesAreNoError() {
        List<SpeakerTurn> hypothesis = List.of(
                new SpeakerTurn(0, 4, "SPEAKER_1"), new SpeakerTurn(4, 8, "SPEAKER_0"), new SpeakerTurn(9, 11, "SPEAKER_1"));
        DiarizationError.Score score = NO_COLLAR.score(TWO_SPEAKERS, hypothesis);
        assertEquals(10, score.reference(), 1e-6);
        assertEquals(0, score.rate(), 1e-9);
    }

    @Test
    void oneLabelForTwoSpeakersConfusesTheSmallerOne() {
        DiarizationError.Score score = NO_COLLAR.score(TWO_SPEAKERS, List.of(new SpeakerTurn(0, 11, "x")));
        assertEquals(4, score.confusion(), 1e-6, "bob's 4 s go to alice's label");
        assertEquals(1, score.falseAlarm(), 1e-6, "the pause 8–9 s is called speech");
        assertEquals(0.5, score.rate(), 1e-6);
    }

    @Test
    void nothingFoundIsAllMissed() {
        DiarizationError.Score score = NO_COLLAR.score(TWO_SPEAKERS, List.of());
        assertEquals(10, score.missed(), 1e-6);
        assertEquals(1, score.rate(), 1e-9);
    }

    @Test
    void theCollarLeavesBoundariesUnscored() {
        // the hypothesis changes speaker 0.2 s late: inside a 0.25 s collar, no error
        List<SpeakerTurn> late = List.of(new SpeakerTurn(0, 4.2, "a"), new SpeakerTurn(4.2, 8, "b"), new SpeakerTurn(9, 11, "a"));
        assertEquals(0.2, NO_COLLAR.score(TWO_SPEAKERS, late).confusion(), 1e-6);
        DiarizationError.Score collared = new DiarizationError(0.25, false).score(TWO_SPEAKERS, late);
        assertEquals(0, collared.rate(), 1e-9);
        assertEquals(10 - 1.5, collared.reference(), 1e-6, "speech within 0.25 s of 0, 4, 8, 9 and 11 s: 0.25 + 0.5 + 0.25 + 0.25 + 0.25");
    }

    @Test
    void overlappedSpeechCountsEachSpeakerOrIsLeftOut() {
        List<SpeakerTurn> reference = List.of(new SpeakerTurn(0, 5, "alice"), new SpeakerTurn(4, 8, "bob"));
        List<SpeakerTurn> hypothesis = List.of(new SpeakerTurn(0, 4.5, "a"), new SpeakerTurn(4.5, 8, "b"));
        DiarizationError.Score withOverlap = NO_COLLAR.score(reference, hypothesis);
        assertEquals(9, withOverlap.reference(), 1e-6, "the overlapped second counts twice");
        assertEquals(1, withOverlap.missed(), 1e-6, "one of the two speakers is missed in it");
        DiarizationError.Score without = new DiarizationError(0, true).score(reference, hypothesis);
        assertEquals(7, without.reference(), 1e-6);
        assertEquals(0, without.rate(), 1e-9);
    }

    @Test
    void pairingMaximisesTheTotalAndLeavesSurplusRowsUnpaired() {
        assertArrayEquals(new int[]{1, 0, -1}, OptimalAssignment.maximise(new double[][]{{1, 5}, {4, 2}, {3, 3}}));
        assertArrayEquals(new int[]{0, 2, 1}, OptimalAssignment.maximise(new double[][]{{9, 1, 1}, {1, 1, 8}, {1, 7, 9}}));
    }

    @Test
    void rttmRoundTrips() {
        List<SpeakerTurn> parsed = Rttm.parse(Rttm.format("meeting", TWO_SPEAKERS));
        assertEquals(TWO_SPEAKERS, parsed);
    }
}
