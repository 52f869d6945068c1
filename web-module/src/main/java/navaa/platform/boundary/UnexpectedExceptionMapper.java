package navaa.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: a malformed JSON body is the client's 400; anything unforeseen is
 * logged with its request id and answered 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NavaaException navaa) {
                return ErrorResponses.of(navaa, request, headers);
            }
            if (cause instanceof JsonException) {
                return ErrorResponses.of(ErrorCode.BAD_REQUEST, request, headers);
            }
            if (cause instanceof WebApplicationException web && !(e instanceof EJBException)) {
                return WebApplicationExceptionMapper.respond(web, request, headers);
            }
        }
        LOG.log(Level.SEVERE, "unexpected failure of request " + RequestFacts.requestId(request), e);
        return ErrorResponses.of(ErrorCode.SERVER_ERROR, request, headers);
    }
}
