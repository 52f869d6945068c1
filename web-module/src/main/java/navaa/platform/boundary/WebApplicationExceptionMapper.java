package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import navaa.platform.control.ErrorCode;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The framework's own refusals (unknown path, wrong method or media type) in the family's shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());
    private static final Map<Integer, ErrorCode> CODES = Map.of(
            400, ErrorCode.BAD_REQUEST, 401, ErrorCode.UNAUTHORIZED, 403, ErrorCode.FORBIDDEN,
            404, ErrorCode.NOT_FOUND, 405, ErrorCode.METHOD_NOT_ALLOWED, 406, ErrorCode.NOT_ACCEPTABLE,
            413, ErrorCode.FILE_TOO_LARGE, 415, ErrorCode.UNSUPPORTED_CONTENT_TYPE, 503, ErrorCode.SERVICE_UNAVAILABLE);

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        return respond(e, request, headers);
    }

    static Response respond(WebApplicationException e, HttpServletRequest request, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        ErrorCode code = CODES.get(status);
        if (code == null) {
            LOG.log(status >= 500 ? Level.WARNING : Level.FINE, "request failed with " + status, e);
            code = status >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.BAD_REQUEST;
        }
        Response mapped = ErrorResponses.of(code, request, headers);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(mapped).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return mapped;
    }
}
