package navaa.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds who is calling, from whichever of the four ways in the request uses:
 * {@code Authorization: Token}, {@code Authorization: Bearer} (verified by MicroProfile
 * JWT), or the {@code sessionid} cookie. A credential that is presented but wrong is a
 * 401 at once; no credential leaves the caller anonymous for {@link AccessFilter}.
 * Pre-matching, so the rate limits know the caller even for paths that match nothing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    public static final String SESSION_COOKIE = "sessionid";

    @Inject
    Callers callers;

    @Inject
    CurrentCaller current;

    @Inject
    Tokens tokens;

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public void filter(ContainerRequestContext context) {
        String authorization = context.getHeaderString("Authorization");
        Optional<Caller> caller;
        if (authorization != null && startsWithIgnoreCase(authorization, "Token ")) {
            caller = Optional.of(callers.byApiKey(authorization.substring(6).trim()).orElseThrow(this::invalidToken));
        } else if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            caller = Optional.of(bearer(authorization.substring(7).trim()));
        } else {
            // a stale or unknown session cookie is no credential at all, as in Django
            caller = sessionKey().flatMap(callers::bySession);
        }
        caller.ifPresent(current::set);
    }

    private Caller bearer(String token) {
        // MicroProfile JWT has verified the token before the request got here (signature,
        // RS256 only, expiry, issuer), refusing bad ones through the container's 401 error
        // page. What it cannot know is our token kinds: a refresh token is signed by the
        // same key, so the token's use is checked too, and the credentials version it
        // carries must still be the account's.
        Tokens.Access access = tokens.access(token).orElseThrow(this::invalidToken);
        if (!(security.getCallerPrincipal() instanceof JsonWebToken)) {
            security.authenticate(request, new Uncommitted(response), AuthenticationParameters.withParams());
        }
        Principal principal = security.getCallerPrincipal();
        if (principal instanceof JsonWebToken jwt && "access".equals(jwt.getClaim("token_use"))
                && access.subject().equals(jwt.getSubject())) {
            return callers.byVerifiedJwt(access.subject(), access.credentialsVersion()).orElseThrow(this::invalidToken);
        }
        throw invalidToken();
    }

    private Optional<String> sessionKey() {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> SESSION_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private NavaaException invalidToken() {
        return new NavaaException(ErrorCode.TOKEN_INVALID);
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Lets an authentication mechanism decide, but not answer. */
    private static final class Uncommitted extends HttpServletResponseWrapper {
        Uncommitted(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            // the JAX-RS mapper answers instead
        }

        @Override
        public void sendError(int status, String message) {
            // the JAX-RS mapper answers instead
        }

        @Override
        public void setStatus(int status) {
            // the JAX-RS mapper answers instead
        }

        @Override
        public void setHeader(String name, String value) {
            // no WWW-Authenticate from the mechanism; the mapper adds the family's
        }

        @Override
        public void addHeader(String name, String value) {
            // as above
        }
    }
}
