package navaa.models.diarization.cli;

/** The command line itself is wrong: exit status 2, with the usage. */
final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
