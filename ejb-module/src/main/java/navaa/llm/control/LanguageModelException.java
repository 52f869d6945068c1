package navaa.llm.control;

/**
 * Why a model gave no reply. The detail is for the administrator (it names the setting or
 * what the server answered) and never holds the API key.
 */
public class LanguageModelException extends RuntimeException {

    public enum Reason {
        /** Neither NAVAA_LLM_BASE_URL nor NAVAA_LLM_GGUF is set. */
        NOT_CONFIGURED,
        /** A setting has a value that cannot work (a bad URL, a file that is not GGUF, both providers set). */
        SETTINGS_INVALID,
        /** The model server could not be reached. */
        UNREACHABLE,
        /** No reply within NAVAA_LLM_TIMEOUT_S. */
        TIMEOUT,
        /** The model answered with an error, or with something that is not a chat completion. */
        FAILED
    }

    private final Reason reason;

    public LanguageModelException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public LanguageModelException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
