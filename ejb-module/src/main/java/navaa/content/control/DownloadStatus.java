package navaa.content.control;

import java.util.Locale;

/**
 * Doc 002's download states (§4.3.3), read from the download job: {@code pending} until the
 * engine starts it, {@code downloading} while its {@code fetch} step copies the video,
 * {@code processing} while its {@code convert} step probes and converts it, then
 * {@code completed} or {@code failed}.
 */
public enum DownloadStatus {
    PENDING, DOWNLOADING, PROCESSING, COMPLETED, FAILED;

    /** The batch step that makes a started download {@code processing}. */
    public static final String CONVERT_STEP = "convert";

    /**
     * @param jobState   the job's state word ({@code pending}, {@code processing}, {@code completed}, {@code failed}),
     *                   null when the job is gone
     * @param latestStep the step the job's latest run recorded, null before any
     */
    public static DownloadStatus of(String jobState, String latestStep) {
        if (jobState == null) {
            return FAILED;
        }
        return switch (jobState) {
            case "pending" -> PENDING;
            case "processing" -> CONVERT_STEP.equals(latestStep) ? PROCESSING : DOWNLOADING;
            case "completed" -> COMPLETED;
            default -> FAILED;
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
