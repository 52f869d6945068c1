package navaa.models.diarization;

/** One speaker talking from {@code start} to {@code end}, in seconds from the recording's start. */
public record SpeakerTurn(double start, double end, String speaker) {

    public SpeakerTurn {
        if (!(end >= start) || start < 0) {
            throw new IllegalArgumentException("a turn ends after it starts: " + start + "–" + end);
        }
    }

    public double duration() {
        return end - start;
    }
}
