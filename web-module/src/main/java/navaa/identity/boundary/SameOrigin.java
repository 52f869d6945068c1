package navaa.identity.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Whether an Origin or Referer names this server (as the Host header does) or an allowed origin. */
public final class SameOrigin {

    private final String host;
    private final List<String> allowed;

    public SameOrigin(String hostHeader, List<String> allowedOrigins) {
        this.host = hostHeader == null ? "" : hostHeader.toLowerCase(Locale.ROOT);
        this.allowed = allowedOrigins;
    }

    /**
     * Whether a request that may come from a browser comes from this server's pages: the
     * Origin it names, else its Referer, must match; with neither (a client that is not a
     * browser, or a browser that hides the referrer of a same-origin navigation) it passes.
     */
    public boolean allows(String origin, String referer) {
        String claimed = origin != null ? origin : referer;
        return claimed == null || matches(claimed);
    }

    public boolean matches(String originOrReferer) {
        try {
            URI uri = URI.create(originOrReferer.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String originHost = uri.getHost().toLowerCase(Locale.ROOT);
            String origin = scheme + "://" + originHost + (uri.getPort() != -1 ? ":" + uri.getPort() : "");
            return sameAsHostHeader(originHost, uri.getPort()) || allowed.contains(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A Host header without a port names the scheme's default port, so the origin must too. */
    private boolean sameAsHostHeader(String originHost, int originPort) {
        int colon = host.lastIndexOf(':');
        boolean hostHasPort = colon > host.lastIndexOf(']');
        if (!hostHasPort) {
            return host.equals(originHost) && (originPort == -1 || originPort == 80 || originPort == 443);
        }
        return host.substring(0, colon).equals(originHost) && host.substring(colon + 1).equals(String.valueOf(originPort));
    }
}
