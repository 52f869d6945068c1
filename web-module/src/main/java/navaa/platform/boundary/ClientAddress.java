package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from. X-Forwarded-For is believed only when the direct
 * peer is a configured trusted proxy; otherwise any client could pick its own address
 * and walk around the per-address limits.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxiesCsv) {
        this.trustedProxies = Arrays.stream(trustedProxiesCsv == null ? new String[0] : trustedProxiesCsv.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        // walk from the nearest hop back, skipping our own proxies
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
