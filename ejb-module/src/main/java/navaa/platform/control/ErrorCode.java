package navaa.platform.control;

/**
 * Every machine code a client can see, with its HTTP status. The message texts live in
 * the {@code messages} bundles under the same name, in English and Persian.
 */
public enum ErrorCode {
    BAD_REQUEST(400),
    VALIDATION_ERROR(400),
    NO_FILE(400),
    CREDENTIALS_REQUIRED(400),
    DUPLICATE_USERNAME(400),
    CANNOT_DELETE_SELF(400),
    TRANSCRIPTION_MODEL_NOT_CONFIGURED(400),
    TRANSCRIPTION_LANGUAGE_UNSUPPORTED(400),
    UNAUTHORIZED(401),
    INVALID_CREDENTIALS(401),
    TOKEN_INVALID(401),
    FORBIDDEN(403),
    CSRF_FAILED(403),
    CROSS_ORIGIN(403),
    ACCOUNT_INACTIVE(403),
    ACCOUNT_EXPIRED(403),
    NOT_FOUND(404),
    USER_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    JOB_NOT_FINISHED(409),
    JOB_NOT_CANCELLABLE(409),
    JOB_NOT_RETRYABLE(409),
    JOB_STILL_STOPPING(409),
    JOB_INPUT_MISSING(409),
    FILE_TOO_LARGE(413),
    UNSUPPORTED_MEDIA(415),
    TOO_MANY_REQUESTS(429),
    TOO_MANY_LOGIN_ATTEMPTS(429),
    SERVER_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    TRANSCRIPTION_MODEL_INVALID(503),
    TRANSCRIPTION_LIBRARY_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
