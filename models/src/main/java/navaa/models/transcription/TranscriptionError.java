package navaa.models.transcription;

/**
 * Why transcription cannot run, as the machine-readable codes the REST layer and the command
 * line answer with. Every one is decided before a job starts (see
 * {@link TranscriptionSettings#check(String)}), except {@link #TRANSCRIPTION_FAILED} and
 * {@link #TRANSCRIPTION_SERVER_FAILED}.
 */
public enum TranscriptionError {
    /**
     * No Whisper model is configured: {@value TranscriptionModel#SETTING} (environment
     * {@value TranscriptionModel#ENVIRONMENT}) is empty. Nothing can be downloaded on-prem, so
     * the customer names a ggml model file they supply; diarization alone still works.
     */
    TRANSCRIPTION_MODEL_NOT_CONFIGURED,
    /** A model is configured, but the file is missing, unreadable, or not a complete ggml Whisper model. */
    TRANSCRIPTION_MODEL_INVALID,
    /** The model cannot do the language asked for: Persian with an English-only ({@code .en}) model. */
    TRANSCRIPTION_LANGUAGE_UNSUPPORTED,
    /** whisper.cpp's native library does not load on this machine (operating system, CPU, C library). */
    TRANSCRIPTION_LIBRARY_UNAVAILABLE,
    /** whisper.cpp was given a segment and reported an error while transcribing it. */
    TRANSCRIPTION_FAILED,
    /**
     * The transcription server ({@code NAVAA_TRANSCRIPTION_BASE_URL}) was not reached, answered
     * with an HTTP error or with something that is not a transcription, or took longer than
     * {@code NAVAA_TRANSCRIPTION_TIMEOUT_S}: found while a job runs, never before.
     */
    TRANSCRIPTION_SERVER_FAILED;

    /** The code as API bodies carry it: the constant's name. */
    public String code() {
        return name();
    }
}
