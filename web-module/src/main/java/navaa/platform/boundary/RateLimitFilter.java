package navaa.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Caller;
import navaa.platform.boundary.RateLimits.Tier;
import navaa.platform.control.Decision;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.Map;

/**
 * Counts every API request against its tier (api-map, "Rate limits") and tells the
 * client where it stands in the X-RateLimit headers; past the limit, 429 with
 * Retry-After in the family's error shape.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = "navaa.rateLimit";
    /** A request's decision, when a servlet filter already counted it (then it is not counted twice). */
    public static final String COUNTED = "navaa.rateLimit.counted";

    @Inject
    RateLimits limits;

    @Inject
    CurrentCaller current;

    @Inject
    NetworkSettings network;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        if (path.equals("health") || path.startsWith("health/")) {
            // probes poll every few seconds from one address (the launcher, a load balancer,
            // an orchestrator); a probe answered 429 would take a healthy server out of service
            return;
        }
        ApiFamily family = ApiFamily.of("/" + context.getUriInfo().getPath());
        Caller caller = current.get().orElse(null);
        Decision decision;
        if (request.getAttribute(COUNTED) instanceof Decision counted) {
            decision = counted;
        } else {
            decision = caller == null
                    ? limits.acquire(Tier.ANONYMOUS, network.clientAddress().of(request))
                    : count(limits, family, caller);
        }
        context.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, decision.retryAfterSeconds());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            headers(decision).forEach(response.getHeaders()::putSingle);
        }
    }

    /**
     * Lets a narrower limit that decided this request (a patient's wrong access codes) tell the
     * client where it stands, in place of the tier's. JAX-RS request properties are the servlet
     * request's attributes, so the response filter finds it.
     */
    public static void report(HttpServletRequest request, Decision decision) {
        request.setAttribute(DECISION, decision);
    }

    /** Counts one request of a caller, on a path of {@code family}, in the caller's tier. */
    public static Decision count(RateLimits limits, ApiFamily family, Caller caller) {
        return limits.acquire(tier(family, caller), "user:" + caller.accountId());
    }

    /** Where the client stands: the X-RateLimit headers of a decision. */
    public static Map<String, Object> headers(Decision decision) {
        return Map.of("X-RateLimit-Limit", decision.limit(), "X-RateLimit-Remaining", decision.remaining(),
                "X-RateLimit-Reset", decision.resetAt().getEpochSecond());
    }

    /**
     * Premium: administrators and service accounts calling with API keys, the hospital
     * and CRM integrations that move data in bulk.
     */
    private static Tier tier(ApiFamily family, Caller caller) {
        if (family == ApiFamily.AUDIO) {
            return Tier.AUDIO;
        }
        return caller.isAdmin() || caller.via() == Caller.Via.API_KEY ? Tier.PREMIUM : Tier.AUTHENTICATED;
    }
}
