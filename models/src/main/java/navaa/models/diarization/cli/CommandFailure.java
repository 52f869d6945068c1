package navaa.models.diarization.cli;

/** The command was right but could not be done (a missing file, unreadable audio, a bad database): exit status 1. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
