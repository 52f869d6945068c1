package navaa.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the error {@link Response} of a failure for the request's family and language. */
public final class ErrorResponses {

    /** Doc 003's OTP endpoints, whose 429 keeps its own flat documented body (api-map §4). */
    private static final List<String> FLAT_TOO_MANY = List.of("/api/v1/auth/login/otp", "/api/v1/auth/verify/otp");

    private ErrorResponses() {
    }

    public static Response of(NavaaException e, HttpServletRequest request, HttpHeaders headers) {
        ErrorCode code = e.code();
        Object[] arguments = code.status() == 429 ? new Object[]{e.retryAfterSeconds()} : e.arguments();
        return build(code, arguments, e.fieldErrors(), e.retryAfterSeconds(), request, headers);
    }

    public static Response of(ErrorCode code, HttpServletRequest request, HttpHeaders headers) {
        return build(code, new Object[0], Map.of(), 0, request, headers);
    }

    /**
     * The WWW-Authenticate challenge of a 401: DRF's "Token" for doc 002's clients, a
     * bearer realm for doc 003's; the session families' clients expect none.
     */
    public static Optional<String> challenge(ErrorCode code, ApiFamily family) {
        if (code.status() != 401) {
            return Optional.empty();
        }
        return switch (family) {
            case CONTENT -> Optional.of("Token");
            case CLINIC -> Optional.of("Bearer realm=\"api\"");
            default -> Optional.empty();
        };
    }

    /**
     * The code's text in the family's own words where its document words it differently
     * (bundle key {@code <family>.<CODE>}, e.g. doc 001's "File not found"), else the
     * platform's.
     */
    public static String message(ApiFamily family, ErrorCode code, Locale locale, Object... arguments) {
        String key = family.name().toLowerCase(Locale.ROOT) + "." + code.name();
        String worded = Messages.text(key, locale, arguments);
        return worded.equals(key) ? Messages.of(code, locale, arguments) : worded;
    }

    private static Response build(ErrorCode code, Object[] arguments, Map<String, FieldError> fields, long retryAfter,
                                  HttpServletRequest request, HttpHeaders headers) {
        Locale locale = RequestFacts.locale(headers);
        String path = request == null ? "/" : request.getRequestURI().substring(request.getContextPath().length());
        ApiFamily family = ApiFamily.of(path);
        JsonObject body = code.status() == 429 && FLAT_TOO_MANY.stream().anyMatch(path::startsWith)
                ? ErrorBodies.flatTooMany(Messages.text("clinic.otp.tooMany", locale), retryAfter)
                : ErrorBodies.of(family, code, message(family, code, locale, arguments), fields, locale,
                        RequestFacts.requestId(request));
        Response.ResponseBuilder response = Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body);
        if (retryAfter > 0) {
            response.header("Retry-After", retryAfter);
        }
        challenge(code, family).ifPresent(value -> response.header(HttpHeaders.WWW_AUTHENTICATE, value));
        return response.build();
    }
}
