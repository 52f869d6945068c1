package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import navaa.platform.control.NavaaException;

@Provider
public class NavaaExceptionMapper implements ExceptionMapper<NavaaException> {

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NavaaException e) {
        return ErrorResponses.of(e, request, headers);
    }
}
