package navaa.models.transcription;

/**
 * A stretch of recognised text and when it was spoken, in seconds: a server's
 * {@code verbose_json} segment, measured from the start of the audio it was sent.
 */
public record TimedText(double start, double end, String text) {

    /** The same text, {@code offset} seconds later: a piece's segment placed in the whole recording. */
    public TimedText shifted(double offset) {
        return new TimedText(start + offset, end + offset, text);
    }

    /** Seconds this text shares with {@code from}–{@code to}; 0 when they do not meet. */
    double overlap(double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }

    /** Seconds between this text and {@code from}–{@code to}; 0 when they meet. */
    double distance(double from, double to) {
        return Math.max(0, Math.max(from - end, start - to));
    }
}
