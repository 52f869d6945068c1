package navaa.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every response an {@code X-Request-Id}: the client's own when it sent a sane
 * one, so a hospital's integration engine can follow its request through our logs.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "navaa.requestId";
    // echoing arbitrary client text into headers and logs invites header and log injection
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final HexFormat HEX = HexFormat.of();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        assign(request, response);
        chain.doFilter(request, response);
    }

    /**
     * The request's id, given to it (and to the response's header) on first asking: by this
     * filter, or by a filter that answers before it runs (the container orders annotated
     * filters as it likes).
     */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ATTRIBUTE) instanceof String assigned) {
            return assigned;
        }
        String sent = request.getHeader(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : newId();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        return id;
    }

    /*
     * 128 random bits, as a UUID's hex: an id must be unique, not secret. UUID.randomUUID
     * draws from one SecureRandom that every request thread would take turns at.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "req_" + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
