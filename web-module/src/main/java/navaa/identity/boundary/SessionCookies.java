package navaa.identity.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The two cookies of a browser session, as Django sets them: {@code sessionid}
 * (HttpOnly, SameSite=Lax) and a readable {@code csrftoken} that the Django-style
 * clients copy into X-CSRFToken. Written by hand because JAX-RS adds {@code Version=1},
 * which turns them into RFC 2109 cookies that some client libraries treat differently.
 */
final class SessionCookies {

    static final String CSRF_COOKIE = "csrftoken";

    private SessionCookies() {
    }

    static Response.ResponseBuilder open(Response.ResponseBuilder response, Sessions.Ticket ticket, int idleDays, boolean secure) {
        long maxAge = Duration.ofDays(idleDays).toSeconds();
        return response
                .header(HttpHeaders.SET_COOKIE, cookie(AuthenticationFilter.SESSION_COOKIE, ticket.sessionKey(), maxAge, true, secure))
                .header(HttpHeaders.SET_COOKIE, cookie(CSRF_COOKIE, ticket.csrfToken(), maxAge, false, secure));
    }

    static Response.ResponseBuilder cleared(Response.ResponseBuilder response, boolean secure) {
        return response
                .header(HttpHeaders.SET_COOKIE, cookie(AuthenticationFilter.SESSION_COOKIE, "", 0, true, secure))
                .header(HttpHeaders.SET_COOKIE, cookie(CSRF_COOKIE, "", 0, false, secure));
    }

    static String cookie(String name, String value, long maxAge, boolean httpOnly, boolean secure) {
        String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(maxAge));
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge + "; Expires=" + expires
                + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : "") + "; SameSite=Lax";
    }
}
