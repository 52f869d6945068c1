package navaa.models.diarization;

/** A stretch of speech, in seconds from the recording's start, and its speaker embedding. */
public record EmbeddedWindow(double start, double end, float[] embedding) {

    public double centre() {
        return (start + end) / 2;
    }
}
