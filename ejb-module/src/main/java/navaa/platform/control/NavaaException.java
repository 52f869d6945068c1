package navaa.platform.control;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * The one exception that carries a client-visible failure: a machine code, the
 * arguments of its localized message, and per-field details. Each API family's mapper
 * renders it in that family's documented shape. An application exception, so an EJB
 * hands it to the caller unwrapped and rolls its transaction back.
 */
@ApplicationException(rollback = true)
public class NavaaException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] arguments;
    private final transient Map<String, FieldError> fieldErrors;
    private final long retryAfterSeconds;

    public NavaaException(ErrorCode code, Object... arguments) {
        this(code, Map.of(), 0, arguments);
    }

    private NavaaException(ErrorCode code, Map<String, FieldError> fieldErrors, long retryAfterSeconds, Object[] arguments) {
        super(code.name(), null, false, false);
        this.code = code;
        this.arguments = arguments;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A validation failure naming the fields. */
    public static NavaaException invalid(ErrorCode code, Map<String, FieldError> fieldErrors) {
        return new NavaaException(code, fieldErrors, 0, new Object[0]);
    }

    public static NavaaException tooMany(ErrorCode code, long retryAfterSeconds) {
        return new NavaaException(code, Map.of(), retryAfterSeconds, new Object[0]);
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, FieldError> fieldErrors() {
        return fieldErrors;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
