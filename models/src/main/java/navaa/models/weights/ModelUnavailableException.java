package navaa.models.weights;

/**
 * A model cannot be loaded: its weights are missing or damaged, its native runtime does not
 * load, or a model file the administrator configured breaks its contract. A fault of the
 * installation, not of the audio being processed; the message says which model and why.
 */
public class ModelUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
