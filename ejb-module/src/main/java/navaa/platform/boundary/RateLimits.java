package navaa.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import navaa.platform.control.Decision;
import navaa.platform.control.WindowLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The platform's one request limiter, with a window per tier as api-map sets them:
 * the audio family counts per user per minute, the others per hour by who is calling.
 * A plain bean, not an EJB: it is asked on every request, and its limiters are thread-safe
 * on their own, so the container's invocation machinery would be pure cost.
 */
@ApplicationScoped
public class RateLimits {

    public enum Tier { AUDIO, ANONYMOUS, AUTHENTICATED, PREMIUM }

    @Inject
    @ConfigProperty(name = "navaa.rate.audio.per-minute")
    int audioPerMinute;

    @Inject
    @ConfigProperty(name = "navaa.rate.anonymous.per-hour")
    int anonymousPerHour;

    @Inject
    @ConfigProperty(name = "navaa.rate.authenticated.per-hour")
    int authenticatedPerHour;

    @Inject
    @ConfigProperty(name = "navaa.rate.premium.per-hour")
    int premiumPerHour;

    private final Map<Tier, WindowLimiter> limiters = new EnumMap<>(Tier.class);

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        limiters.put(Tier.AUDIO, new WindowLimiter(audioPerMinute, Duration.ofMinutes(1), clock));
        limiters.put(Tier.ANONYMOUS, new WindowLimiter(anonymousPerHour, Duration.ofHours(1), clock));
        limiters.put(Tier.AUTHENTICATED, new WindowLimiter(authenticatedPerHour, Duration.ofHours(1), clock));
        limiters.put(Tier.PREMIUM, new WindowLimiter(premiumPerHour, Duration.ofHours(1), clock));
    }

    /** Counts one request of {@code key} (a user or a client address) in the tier's window. */
    public Decision acquire(Tier tier, String key) {
        return limiters.get(tier).acquire(key);
    }
}
