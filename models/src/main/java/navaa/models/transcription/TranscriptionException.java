package navaa.models.transcription;

/**
 * Transcription cannot be done, with the {@link TranscriptionError} code for API bodies and a
 * message an operator can act on (which setting to fill, which file is wrong and why).
 */
public final class TranscriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TranscriptionError error;

    /** @param cause what the engine, the file or the connection threw; may be null */
    public TranscriptionException(TranscriptionError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public TranscriptionException(TranscriptionError error, String message) {
        this(error, message, null);
    }

    public TranscriptionError error() {
        return error;
    }

    /** {@link TranscriptionError#code()}, e.g. {@code "TRANSCRIPTION_MODEL_NOT_CONFIGURED"}. */
    public String code() {
        return error.code();
    }
}
