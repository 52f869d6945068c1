package navaa.models.diarization;

import navaa.models.speaker.SpeakerSimilarity;

import java.util.Optional;

/**
 * Names for a recording's speakers from a voice database: each speaker's centre scored
 * against each enrolled voice, the pairing that maximises the total score (two speakers
 * never get one name), and a name given only where the score reaches
 * {@link SpeakerSimilarity#SAME_SCORE}, the calibrated "same speaker" level.
 */
public final class SpeakerIdentification {

    private SpeakerIdentification() {
    }

    /** A name for a speaker, and how sure: the similarity score over 100. */
    public record Match(String name, double confidence) {
    }

    /** For each centre, its enrolled speaker if recognised. */
    public static Optional<Match>[] identify(float[][] centroids, VoiceDatabase voices) {
        @SuppressWarnings("unchecked")
        Optional<Match>[] matches = new Optional[centroids.length];
        java.util.Arrays.fill(matches, Optional.empty());
        if (voices == null || voices.speakers().isEmpty() || centroids.length == 0) {
            return matches;
        }
        float[][] enrolled = voices.speakers().stream().map(VoiceDatabase.Speaker::embedding).toArray(float[][]::new);
        double[][] scores = new double[centroids.length][enrolled.length];
        for (int c = 0; c < centroids.length; c++) {
            for (int e = 0; e < enrolled.length; e++) {
                scores[c][e] = SpeakerSimilarity.score(centroids[c], enrolled[e]);
            }
        }
        int[] pairing = OptimalAssignment.maximise(scores);
        for (int c = 0; c < centroids.length; c++) {
            int e = pairing[c];
            if (e >= 0 && scores[c][e] >= SpeakerSimilarity.SAME_SCORE) {
                matches[c] = Optional.of(new Match(voices.speakers().get(e).name(), scores[c][e] / 100));
            }
        }
        return matches;
    }
}
