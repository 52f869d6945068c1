package navaa.models.audio;

/**
 * A file that cannot be read or written as audio. The message is meant for the person who
 * uploaded the file (it names the file, not the server's paths); {@link #reason()} is for code.
 */
public final class AudioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as a machine-readable code. */
    public enum Reason {
        /** Not audio, damaged, or with no audio stream. */
        UNREADABLE,
        /** Audio, but in a container or with settings the services do not handle. */
        UNSUPPORTED,
        /** The output could not be written. */
        WRITE_FAILED,
        /** Decodes to more samples than the server processes in one file ({@link DecodeLimit}). */
        TOO_LONG
    }

    private final Reason reason;

    public AudioException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The reason as an error code for API bodies, e.g. {@code "audio_unreadable"}. */
    public String code() {
        return "audio_" + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
