package navaa.identity.control;

import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.platform.control.NavaaException;

import java.time.LocalDate;

/**
 * What a credential was verified to be: the caller, and the account's standing as it was
 * read (doc 004's active flag and expiry date, the credentials version that access tokens
 * must carry). Kept by the credential cache, so it holds no entity.
 */
public record VerifiedCaller(Caller caller, boolean active, LocalDate expiryDate, int credentialsVersion) {

    public static VerifiedCaller of(Account account, Caller.Via via, String csrfToken) {
        Caller caller = new Caller(account.getId(), account.getUuid(), account.getUsername(), account.getRoles(), via, csrfToken);
        return new VerifiedCaller(caller, account.isActive(), account.getExpiryDate(), account.getCredentialsVersion());
    }

    public long accountId() {
        return caller.accountId();
    }

    /** The caller, or doc 004's 403 when the account may not act today (checked on every request, not just at login). */
    public Caller allowedOn(LocalDate today) {
        Account.refusal(active, expiryDate, today).ifPresent(code -> {
            throw new NavaaException(code);
        });
        return caller;
    }
}
