package navaa.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import navaa.identity.entity.Account;
import navaa.platform.boundary.NetworkSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the two session logins share: check the password, open the session, set the cookies. */
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

    /** A session for the account, as the response's cookies. */
    public Response.ResponseBuilder openSession(Response.ResponseBuilder response, Account account, HttpServletRequest request) {
        Sessions.Ticket ticket = sessions.open(account, network.clientAddress().of(request), request.getHeader("User-Agent"));
        return SessionCookies.open(response, ticket, idleDays, request.isSecure());
    }
}
