package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.boundary.NetworkSettings;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;

/** What the session logins and logouts share: check the password, open or close the session, set the cookies. */
@jakarta.enterprise.context.RequestScoped
public class LoginRequests {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    NetworkSettings network;

    @Inject
    @ConfigProperty(name = "navaa.session.idle-days")
    int idleDays;

    public Account check(String username, String password, HttpServletRequest request) {
        return accounts.login(username, password, network.clientAddress().of(request));
    }

    /** Doc 004's login, which registers an unknown user when auto-registration is enabled. */
    public Account checkOrRegister(String username, String password, HttpServletRequest request) {
        return accounts.loginOrRegister(username, password, network.clientAddress().of(request));
    }

    /**
     * Refuses a session login posted by another site's page (login CSRF: the victim's
     * browser would be signed into the attacker's account and upload into it). Browsers
     * name the page's origin on every cross-site POST; clients that are not browsers send
     * neither header and pass.
     */
    public void requireSameOrigin(HttpServletRequest request) {
        SameOrigin check = new SameOrigin(request.getHeader("Host"), network.allowedOrigins());
        if (!check.allows(request.getHeader("Origin"), request.getHeader("Referer"))) {
            throw new NavaaException(ErrorCode.CROSS_ORIGIN);
        }
    }

    /** Ends the session of the request's cookie, if any, and clears the cookies. */
    public Response.ResponseBuilder closeSession(Response.ResponseBuilder response, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies).filter(c -> AuthenticationFilter.SESSION_COOKIE.equals(c.getName()))
                    .forEach(c -> sessions.close(c.getValue()));
        }
        return SessionCookies.cleared(response, request.isSecure());
    }

    /** A session for the account, as the response's cookies. */
    public Response.ResponseBuilder openSession(Response.ResponseBuilder response, Account account, HttpServletRequest request) {
        Sessions.Ticket ticket = sessions.open(account, network.clientAddress().of(request), request.getHeader("User-Agent"));
        return SessionCookies.open(response, ticket, idleDays, request.isSecure());
    }
}
