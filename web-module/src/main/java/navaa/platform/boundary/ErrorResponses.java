package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;

import java.util.Locale;
import java.util.Map;

/** Builds the error {@link Response} of a failure for the request's family and language. */
public final class ErrorResponses {

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

    private static Response build(ErrorCode code, Object[] arguments, Map<String, String> fields, long retryAfter,
                                  HttpServletRequest request, HttpHeaders headers) {
        Locale locale = headers == null ? Locale.ROOT : headers.getAcceptableLanguages().stream()
                .filter(l -> !"*".equals(l.getLanguage())).findFirst().map(Messages::supported).orElse(Locale.ROOT);
        String path = request == null ? "/" : request.getRequestURI().substring(request.getContextPath().length());
        ApiFamily family = ApiFamily.of(path);
        Response.ResponseBuilder response = Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorBodies.of(family, code, Messages.of(code, locale, arguments), fields, locale,
                        RequestFacts.requestId(request)));
        if (retryAfter > 0) {
            response.header("Retry-After", retryAfter);
        }
        if (code.status() == 401 && family == ApiFamily.CONTENT) {
            // DRF's TokenAuthentication challenge, which doc 002's clients see
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Token");
        } else if (code.status() == 401 && family == ApiFamily.CLINIC) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
        }
        return response.build();
    }
}
