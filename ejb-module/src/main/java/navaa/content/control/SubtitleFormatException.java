package navaa.content.control;

/**
 * A subtitle file that cannot be read as SRT or WebVTT, or that is over a bound. The message
 * names the line (1-based) or the cue, for the subtitle's {@code error_message} or a 400.
 */
public class SubtitleFormatException extends RuntimeException {

    private final int line;

    public SubtitleFormatException(int line, String detail) {
        super(line > 0 ? "line " + line + ": " + detail : detail);
        this.line = line;
    }

    /** The 1-based line it is about, 0 when it is about the whole file. */
    public int line() {
        return line;
    }
}
