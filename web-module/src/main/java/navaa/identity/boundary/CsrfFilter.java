package navaa.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import navaa.identity.entity.Caller;
import navaa.platform.boundary.ApiFamily;
import navaa.platform.boundary.NetworkSettings;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * CSRF protection for requests authenticated by the session cookie (keys and bearer
 * tokens are not sent by browsers on their own, so they need none). Follows each
 * family's clients, as api-map says: the Django-style families send X-CSRFToken; doc
 * 004's send JSON from the same origin.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 200)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRFToken";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    CurrentCaller current;

    @Inject
    NetworkSettings network;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        Caller caller = current.get().orElse(null);
        if (SAFE.contains(context.getMethod()) || caller == null || !caller.byCookie() || exempt()) {
            return;
        }
        if (ApiFamily.of("/" + context.getUriInfo().getPath()).djangoCsrf()) {
            requireToken(context.getHeaderString(HEADER), caller.csrfToken());
        } else {
            requireSameOrigin(context);
        }
    }

    private boolean exempt() {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(CsrfExempt.class)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(CsrfExempt.class);
    }

    private static void requireToken(String sent, String expected) {
        if (sent == null || expected == null
                || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new NavaaException(ErrorCode.CSRF_FAILED);
        }
    }

    private void requireSameOrigin(ContainerRequestContext context) {
        SameOrigin check = new SameOrigin(context.getHeaderString("Host"), network.allowedOrigins());
        String origin = context.getHeaderString("Origin");
        String referer = context.getHeaderString("Referer");
        String claimed = origin != null ? origin : referer;
        if (claimed != null && !check.matches(claimed)) {
            throw new NavaaException(ErrorCode.CROSS_ORIGIN);
        }
        if (!hasBody(context)) {
            return;
        }
        // A cross-site form can send urlencoded, multipart or text/plain bodies without
        // a preflight, but never application/json.
        String type = context.getMediaType() == null ? "" : context.getMediaType().getType() + "/" + context.getMediaType().getSubtype();
        boolean json = type.equals("application/json") || type.endsWith("+json");
        boolean sameOriginMultipart = type.equals("multipart/form-data") && claimed != null;
        if (!json && !sameOriginMultipart) {
            throw new NavaaException(ErrorCode.CSRF_FAILED);
        }
    }

    private static boolean hasBody(ContainerRequestContext context) {
        return context.getLength() > 0 || context.getHeaderString("Transfer-Encoding") != null;
    }
}
