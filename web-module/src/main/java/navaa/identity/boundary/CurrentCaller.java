package navaa.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import navaa.identity.entity.Caller;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.util.Optional;

/** The caller of the request in hand, as the authentication filter found it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        return get().orElseThrow(() -> new NavaaException(ErrorCode.UNAUTHORIZED));
    }

    /** The caller, who must hold the role: 401 without one, 403 FORBIDDEN for anyone else. */
    public Caller require(Role role) {
        Caller held = require();
        if (!held.roles().contains(role)) {
            throw new NavaaException(ErrorCode.FORBIDDEN);
        }
        return held;
    }
}
