package navaa.models.transcription;

/**
 * Speech to text for one segment at a time: the diarization's speaker turns are transcribed
 * one by one and the text attached to each. Implementations are thread-safe.
 */
public interface Transcriber extends AutoCloseable {

    /** The only rate accepted: 16 kHz mono, as the rest of the models use. */
    int SAMPLE_RATE = 16_000;
    /** Persian, as {@code expected_language} names it and as Whisper names it. */
    String PERSIAN = "fa";
    /** English. */
    String ENGLISH = "en";

    /**
     * The text spoken in one segment.
     *
     * @param samples  16 kHz mono samples in [-1, 1]
     * @param language {@link #PERSIAN}, {@link #ENGLISH}, or {@code null} to let the model detect it
     * @return the text, trimmed; empty when nothing was recognised
     * @throws IllegalArgumentException another language code
     * @throws TranscriptionException   {@link TranscriptionError#TRANSCRIPTION_LANGUAGE_UNSUPPORTED} for Persian
     *                                  with an English-only model, {@link TranscriptionError#TRANSCRIPTION_FAILED}
     *                                  when the engine reports an error
     */
    String transcribe(float[] samples, String language);

    /** Frees the model; later calls to {@link #transcribe} throw {@link IllegalStateException}. */
    @Override
    void close();

    /** {@code "fa"}, {@code "en"} or {@code null}; anything else is refused. */
    static String checkLanguage(String language) {
        if (language == null || PERSIAN.equals(language) || ENGLISH.equals(language)) {
            return language;
        }
        throw new IllegalArgumentException("expected_language must be \"fa\", \"en\" or absent, not \"" + language + "\"");
    }
}
