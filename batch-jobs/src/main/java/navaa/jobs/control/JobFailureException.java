package navaa.jobs.control;

/**
 * A step's failure whose {@link JobFailure} the step already knows. The message is the
 * detail for the server log (it may name files); clients see only the failure's code and
 * its fixed message.
 */
public class JobFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final JobFailure failure;

    public JobFailureException(JobFailure failure, String detail) {
        this(failure, detail, null);
    }

    /** @param cause what went wrong underneath, or null */
    public JobFailureException(JobFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    public JobFailure failure() {
        return failure;
    }
}
