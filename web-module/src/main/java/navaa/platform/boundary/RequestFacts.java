package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import navaa.platform.control.Messages;

import java.util.Collections;
import java.util.Locale;

/** What the filters and mappers need to know about the request in hand. */
public final class RequestFacts {

    private RequestFacts() {
    }

    public static String requestId(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(RequestIdFilter.ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    /** {@link #locale(HttpHeaders)} for code that has the servlet request rather than JAX-RS's headers. */
    public static Locale locale(HttpServletRequest request) {
        if (request == null || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.ROOT;
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> !"*".equals(l.getLanguage()))
                .findFirst().map(Messages::supported).orElse(Locale.ROOT);
    }

    /** Persian or English, by the first acceptable language the client named; English when none. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ROOT : headers.getAcceptableLanguages().stream()
                .filter(l -> !"*".equals(l.getLanguage()))
                .findFirst().map(Messages::supported).orElse(Locale.ROOT);
    }
}
