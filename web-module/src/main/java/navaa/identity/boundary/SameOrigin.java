package navaa.identity.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Whether an Origin or Referer names this server (as the Host header does) or an allowed origin. */
final class SameOrigin {

    private final String host;
    private final List<String> allowed;

    SameOrigin(String hostHeader, List<String> allowedOrigins) {
        this.host = hostHeader == null ? "" : hostHeader.toLowerCase(Locale.ROOT);
        this.allowed = allowedOrigins;
    }

    boolean matches(String originOrReferer) {
        try {
            URI uri = URI.create(originOrReferer.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            String hostPort = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() != -1 ? ":" + uri.getPort() : "");
            return hostPort.equals(withPort(host, port)) || allowed.contains(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The Host header omits the default port; compare with it filled in. */
    private static String withPort(String hostHeader, int defaultPort) {
        return hostHeader.contains(":") && !hostHeader.endsWith("]") ? hostHeader : hostHeader + ":" + defaultPort;
    }
}
