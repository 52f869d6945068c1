package navaa.models.vad;

/** A stretch of speech, in seconds from the start of the recording. */
public record SpeechSegment(double start, double end) {

    public double duration() {
        return end - start;
    }
}
