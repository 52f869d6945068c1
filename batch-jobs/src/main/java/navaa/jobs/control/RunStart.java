package navaa.jobs.control;

/**
 * Where one execution of a job starts a resumable step: at {@code from} of {@code total}
 * units of the step's work (frames of audio at the plan's rate, stretches of speech). A
 * first execution starts at 0; one that resumes after a crash at its resume point.
 *
 * @param step the step's id in the job XML, e.g. {@code process} or {@code embed}
 * @param unit what {@code from} and {@code total} count: {@code frames} or {@code stretches}
 */
public record RunStart(String step, String unit, long from, long total) {

    public static final String FRAMES = "frames";
    public static final String STRETCHES = "stretches";
}
