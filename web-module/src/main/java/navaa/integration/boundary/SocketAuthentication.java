package navaa.integration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import navaa.identity.boundary.AuthenticationFilter;
import navaa.identity.boundary.Callers;
import navaa.identity.boundary.SameOrigin;
import navaa.identity.boundary.Tokens;
import navaa.identity.entity.Caller;
import navaa.platform.boundary.NetworkSettings;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Authenticates a WebSocket handshake with the same credentials as the REST API: the
 * {@code sessionid} cookie a browser sends by itself, or, for clients that cannot set
 * headers on a WebSocket, {@code Authorization} or a {@code token} query parameter (an API
 * key or an access JWT). No credential is a 401 before the upgrade; the endpoint finds the
 * account as the request's principal.
 * <p>
 * A browser sends the cookie with a handshake that any page opens (cross-site WebSocket
 * hijacking: the page would read the user's job events), but it always names the page's
 * origin: a cookie handshake needs an {@code Origin} of this server (or of
 * {@code NAVAA_ALLOWED_ORIGINS}). A key or token is never sent by a browser on its own, so
 * those handshakes, mostly from clients that are not browsers, need none.
 */
@WebFilter(urlPatterns = "/ws/*")
public class SocketAuthentication extends HttpFilter {

    @Inject
    Callers callers;

    @Inject
    Tokens tokens;

    @Inject
    NetworkSettings network;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Supplier<Optional<Caller>> credential = credential(request);
        Optional<Caller> caller = quietly(credential);
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (caller.get().byCookie() && !fromOurPages(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long account = caller.get().accountId();
        SocketCaller principal = new SocketCaller(account, caller.get().username(), RequestFacts.locale(request),
                () -> quietly(credential).filter(c -> c.accountId() == account).isPresent());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }
        }, response);
    }

    /** How the handshake's credential finds its caller, now and again while the socket is open. */
    private Supplier<Optional<Caller>> credential(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String token = request.getParameter("token");
        if (authorization != null && authorization.regionMatches(true, 0, "Token ", 0, 6)) {
            String key = authorization.substring(6).trim();
            return () -> callers.byApiKey(key);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return byTokenOrKey(authorization.substring(7).trim());
        }
        if (token != null && !token.isBlank()) {
            return byTokenOrKey(token.trim());
        }
        Optional<String> session = sessionKey(request);
        return () -> session.flatMap(callers::bySession);
    }

    /** An inactive or expired account is refused by an exception: here that is no caller. */
    private static Optional<Caller> quietly(Supplier<Optional<Caller>> credential) {
        try {
            return credential.get();
        } catch (NavaaException refused) {
            return Optional.empty();
        }
    }

    private boolean fromOurPages(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null && new SameOrigin(request.getHeader("Host"), network.allowedOrigins()).matches(origin);
    }

    /**
     * An access JWT is checked once for its signature and expiry (a socket may outlive the
     * token's hour, as it outlives a request); later checks are of its account and its
     * credentials version, which a password reset raises.
     */
    private Supplier<Optional<Caller>> byTokenOrKey(String token) {
        Optional<Tokens.Access> access = tokens.access(token);
        return access.isPresent()
                ? () -> callers.byVerifiedJwt(access.get().subject(), access.get().credentialsVersion())
                : () -> callers.byApiKey(token);
    }

    private static Optional<String> sessionKey(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> AuthenticationFilter.SESSION_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
