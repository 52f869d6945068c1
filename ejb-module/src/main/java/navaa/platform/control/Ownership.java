package navaa.platform.control;

import java.util.Optional;

/**
 * The ownership rule of every API family (api-map, "Ownership"): a caller sees what it
 * owns, admins see everything, and another user's resource is "not found", never
 * "forbidden", so ids leak nothing about what exists.
 */
public final class Ownership {

    private Ownership() {
    }

    /**
     * The resource, if the caller may see it; else NOT_FOUND, exactly as for an id that
     * does not exist.
     */
    public static <T extends Owned> T visible(Optional<T> resource, long callerAccountId, boolean callerIsAdmin) {
        return resource.filter(r -> callerIsAdmin || r.ownerId() == callerAccountId)
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }

    /** The same rule for a resource the caller must own itself, admin or not (e.g. their own keys). */
    public static <T extends Owned> T own(Optional<T> resource, long callerAccountId) {
        return visible(resource, callerAccountId, false);
    }
}
