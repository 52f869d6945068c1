package navaa.platform.boundary;

import navaa.platform.control.ErrorCode;

import java.util.EnumSet;
import java.util.Set;

/**
 * Doc 000's table of {@code error_code} values, the only ones its clients (and doc 001's,
 * which share the family) may switch on. Every platform code maps onto one of them by its
 * HTTP status; the platform's finer code then goes in {@code details.reason}.
 * <p>
 * Neither document lists 405, 406, 409 or 429. A 4xx outside the table is the client's
 * {@code BAD_REQUEST}; 429 is {@code SERVICE_UNAVAILABLE}, as a client should wait and try
 * again (Retry-After says when), which is what that code tells it, not fix its request.
 */
public final class AudioErrorCodes {

    /** Doc 000, "کدهای خطا": the codes and the statuses it pairs them with. */
    public static final Set<ErrorCode> DOCUMENTED = EnumSet.of(ErrorCode.BAD_REQUEST, ErrorCode.UNAUTHORIZED,
            ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND, ErrorCode.FILE_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA,
            ErrorCode.SERVER_ERROR, ErrorCode.SERVICE_UNAVAILABLE);

    private AudioErrorCodes() {
    }

    /** The documented code a client of docs 000/001 sees for a platform code. */
    public static ErrorCode documented(ErrorCode code) {
        if (DOCUMENTED.contains(code)) {
            return code;
        }
        return switch (code.status()) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 413 -> ErrorCode.FILE_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA;
            case 429, 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> code.status() >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.BAD_REQUEST;
        };
    }
}
