package navaa.platform.control;

import java.time.Instant;

/**
 * Outcome of a rate-limit check, carrying what HTTP needs for RateLimit-* and Retry-After headers.
 *
 * @param allowed           whether the request may proceed
 * @param limit             requests permitted per window
 * @param remaining         requests still permitted in the current window
 * @param resetAt           when the current window ends
 * @param retryAfterSeconds whole seconds to wait before retrying; 0 when allowed, at least 1 when refused
 */
public record Decision(boolean allowed, int limit, int remaining, Instant resetAt, long retryAfterSeconds) {
}
