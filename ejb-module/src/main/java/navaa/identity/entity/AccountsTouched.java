package navaa.identity.entity;

import java.util.List;

/**
 * An administrator read or changed these accounts. Fired for whoever keeps a record of such
 * looks (the clinic logs them for patients); identity itself need not know who listens.
 */
public record AccountsTouched(Caller admin, String action, List<Account> accounts) {

    public static AccountsTouched one(Caller admin, String action, Account account) {
        return new AccountsTouched(admin, action, List.of(account));
    }
}
