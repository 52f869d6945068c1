package navaa.jobs.control;

/**
 * The job an execution works for has ended without it (an administrator cancelled it) or
 * was deleted: the step stops, and this is not a failure of the job, which keeps the
 * outcome it already has.
 */
public class JobAlreadyEnded extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public JobAlreadyEnded(String message) {
        super(message);
    }
}
