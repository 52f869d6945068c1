package navaa.models.diarization;

import java.util.List;

/**
 * Who spoke when in one recording, in the shape of doc 000 §9's result: the speakers the
 * voice database recognised by name, the rest as {@code SPEAKER_N}.
 */
public record DiarizationResult(String audioFile, double duration, int numSpeakers, List<String> identifiedSpeakers,
                                List<Segment> segments) {

    public DiarizationResult {
        identifiedSpeakers = List.copyOf(identifiedSpeakers);
        segments = List.copyOf(segments);
    }

    /**
     * One turn. {@code confidence} is 0–1: for an identified speaker how sure the match
     * with the enrolled voice is, otherwise how clearly the turn belongs to its cluster.
     * {@code text} is empty unless the recording was transcribed.
     */
    public record Segment(int id, double start, double end, String speaker, boolean identified, double confidence, String text) {

        public Segment withText(String newText) {
            return new Segment(id, start, end, speaker, identified, confidence, newText);
        }
    }

    /** The same result with these turns instead (the same turns with their text, once transcribed). */
    public DiarizationResult withSegments(List<Segment> newSegments) {
        return new DiarizationResult(audioFile, duration, numSpeakers, identifiedSpeakers, newSegments);
    }

    public List<SpeakerTurn> turns() {
        return segments.stream().map(s -> new SpeakerTurn(s.start(), s.end(), s.speaker())).toList();
    }
}
