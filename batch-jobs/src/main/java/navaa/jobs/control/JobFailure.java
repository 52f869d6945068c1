package navaa.jobs.control;

/**
 * Why a job failed, as its owner, the admin console and the events topic see it: a code
 * with a fixed message in English and Persian (the {@code messages} bundles of the business
 * module, under {@link #messageKey()}), never an exception's text, which names server paths
 * and classes. What actually happened (the exception, the files) goes to the server log
 * only, at the place that decided the code.
 * <p>
 * Stored by name in {@code jobs.error_code}: a constant may be added, never renamed.
 */
public enum JobFailure {
    /** The upload cannot be decoded as audio: damaged, not audio, or gone from the disk. */
    INPUT_UNREADABLE,
    /** Audio, but in a container, codec or with settings the service cannot decode or write back. */
    INPUT_UNSUPPORTED,
    /** The decoded audio is longer than the server accepts (the decode limit stops it). */
    INPUT_TOO_LONG,
    /** A speaker extraction's target sample holds too little speech to know the speaker by. */
    TARGET_SAMPLE_TOO_LITTLE_SPEECH,
    /** A model the job needs does not load: missing or broken weights, a native library, a misconfigured file. */
    MODEL_UNAVAILABLE,
    /** whisper.cpp reported an error while transcribing a turn. */
    TRANSCRIPTION_FAILED,
    /** The transcription server (NAVAA_TRANSCRIPTION_BASE_URL) was not reached, failed, answered nonsense or too late. */
    TRANSCRIPTION_SERVER_FAILED,
    /** The job's work or output files could not be written (a full or failing disk). */
    STORAGE_FAILED,
    /** An administrator cancelled the job (the console's cancel). */
    CANCELLED_BY_ADMIN,
    /** The server went down during this job on each of its allowed starts. */
    SERVER_RESTARTS_EXCEEDED,
    /** A server restart interrupted the job and its resume point could not be used. */
    RESUME_FAILED,
    /** A content download from a remote address: this server fetches none until an administrator allows its hosts. */
    REMOTE_DOWNLOAD_NOT_CONFIGURED,
    /** A video whose streams this server can neither keep, remux nor convert to H.264/AAC (the log names them). */
    VIDEO_UNSUPPORTED,
    /** Anything else: a fault of the server, whose detail is in its log. */
    INTERNAL;

    /** The key of the message in the {@code messages} bundles. */
    public String messageKey() {
        return "job.failure." + name();
    }
}
