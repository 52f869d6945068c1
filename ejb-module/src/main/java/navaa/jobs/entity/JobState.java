package navaa.jobs.entity;

/** pending → processing → completed | failed. Doc 001's /api/vocal/ family says "error" for failed. */
public enum JobState {
    PENDING, PROCESSING, COMPLETED, FAILED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
