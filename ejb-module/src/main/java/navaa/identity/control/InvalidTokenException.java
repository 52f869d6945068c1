package navaa.identity.control;

/**
 * A token that must not be honoured. Checked, so every caller of verification has to decide
 * what a rejected token means for its request instead of letting it surface as a server error.
 * The reason is for logs; do not echo it to clients, it tells an attacker which check failed.
 */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String reason) {
        super(reason);
    }
}
