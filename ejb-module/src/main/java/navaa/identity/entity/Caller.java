package navaa.identity.entity;

import java.util.Set;

/**
 * Who is making the current request and how they got in. Not persistent: built per
 * request by the authentication filter from whichever credential was presented.
 */
public record Caller(long accountId, String uuid, String username, Set<Role> roles, Via via, String csrfToken) {

    public enum Via { SESSION, API_KEY, JWT }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean byCookie() {
        return via == Via.SESSION;
    }
}
