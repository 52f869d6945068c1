package navaa.platform.boundary;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The error page of the container's own refusals, which happen before JAX-RS runs:
 * renders them in the documented shape of the family the failed path belongs to.
 */
@WebServlet("/navaa-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Map<Integer, ErrorCode> CODES = Map.of(
            400, ErrorCode.BAD_REQUEST, 403, ErrorCode.FORBIDDEN, 404, ErrorCode.NOT_FOUND,
            405, ErrorCode.METHOD_NOT_ALLOWED, 413, ErrorCode.FILE_TOO_LARGE, 415, ErrorCode.UNSUPPORTED_CONTENT_TYPE,
            503, ErrorCode.SERVICE_UNAVAILABLE);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int code = status instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        ErrorCode error = code == 401 ? unauthorized(request) : CODES.getOrDefault(code, code >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.BAD_REQUEST);
        Locale locale = Messages.supported(request.getLocale());
        String path = uri == null ? request.getRequestURI() : uri.toString();
        ApiFamily family = ApiFamily.of(path);
        response.setStatus(code);
        ErrorResponses.challenge(error, family).ifPresent(value -> response.setHeader("WWW-Authenticate", value));
        response.setContentType("application/json;charset=UTF-8");
        try (var writer = Json.createWriter(response.getWriter())) {
            writer.writeObject(ErrorBodies.of(family, error, ErrorResponses.message(family, error, locale), Map.of(), locale,
                    RequestFacts.requestId(request)));
        }
    }

    private static ErrorCode unauthorized(HttpServletRequest request) {
        return request.getHeader("Authorization") != null ? ErrorCode.TOKEN_INVALID : ErrorCode.UNAUTHORIZED;
    }
}
