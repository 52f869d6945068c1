package navaa.models.transcription;

/**
 * Transcription cannot be done, with the {@link TranscriptionError} code for API bodies and a
 * message an operator can act on (which setting to fill, which file is wrong and why).
 */
public final class TranscriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TranscriptionError error;

    public TranscriptionException(TranscriptionError error, String message) {
        super(message);
        this.error = error;
    }

    public TranscriptionException(TranscriptionError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public TranscriptionError error() {
        return error;
    }

    /** {@link TranscriptionError#code()}, e.g. {@code "TRANSCRIPTION_MODEL_NOT_CONFIGURED"}. */
    public String code() {
        return error.code();
    }
}
