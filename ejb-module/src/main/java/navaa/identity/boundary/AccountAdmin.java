package navaa.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.AccountForm;
import navaa.identity.entity.Account;
import navaa.identity.entity.AccountsTouched;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Doc 004's user administration: list, create, edit, delete. Callers are admins (checked at the boundary). */
@Stateless
public class AccountAdmin {

    /**
     * What a new password ended: the account's browser sessions, its refresh tokens (and,
     * through the credentials version, its access tokens), and the API keys its password
     * logins gave. Keys an admin issued (for a service account's integration) stay.
     */
    public record SignedOut(int sessions, int refreshTokens, int apiKeys) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Tokens tokens;

    @Inject
    ApiKeys apiKeys;

    @Inject
    CallerCache cache;

    @Inject
    Event<AccountsTouched> touched;

    public List<Account> all(Caller admin) {
        List<Account> all = em.createNamedQuery(Account.ALL, Account.class).getResultList();
        touched.fire(new AccountsTouched(admin, "account.list", all));
        return all;
    }

    public Account create(JsonObject body) {
        AccountForm form = valid(AccountForm.forCreate(body));
        if (accounts.byUsername(form.username()).isPresent()) {
            throw NavaaException.invalid(ErrorCode.DUPLICATE_USERNAME, Map.of("username", FieldError.of("DUPLICATE_USERNAME")));
        }
        Account account = new Account(form.username(), Accounts.hash(form.password()), form.roles());
        form.applyTo(account);
        em.persist(account);
        return account;
    }

    /** Applies the edit; when it sets a password, also what that ended. */
    public Optional<SignedOut> update(String username, JsonObject body, Caller admin) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NavaaException(ErrorCode.USER_NOT_FOUND));
        AccountForm form = valid(AccountForm.forUpdate(body));
        if (form.username() != null && !Account.key(form.username()).equals(Account.key(username))) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("username", FieldError.of("field.username")));
        }
        if (account.getId() == admin.accountId() && form.changesRole() && !form.roles().contains(navaa.identity.entity.Role.ADMIN)) {
            // an admin demoting themselves could leave the platform with no administrator
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("role", FieldError.of("field.role")));
        }
        if (account.getId() == admin.accountId() && form.deactivates()) {
            // the same: an admin locked out by their own hand may have been the last one
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("isActive", FieldError.of("field.selfDeactivation")));
        }
        touched.fire(AccountsTouched.one(admin, "account.update", account));
        form.applyTo(account);
        // role, standing or name may have changed: requests must see the account as it is now
        cache.forgetAccount(account.getId());
        if (form.password() == null) {
            return Optional.empty();
        }
        account.changePassword(Accounts.hash(form.password()));
        return Optional.of(signOut(account.getId()));
    }

    /*
     * Whoever held the old password (the reason for most resets) may have signed in with it:
     * everything it gave ends. The admin's own session ends too when they reset their own.
     */
    private SignedOut signOut(long accountId) {
        return new SignedOut(sessions.endAll(accountId), tokens.revokeAll(accountId), apiKeys.revokeLoginKeys(accountId));
    }

    public void delete(String username, Caller admin) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NavaaException(ErrorCode.USER_NOT_FOUND));
        if (account.getId() == admin.accountId()) {
            throw new NavaaException(ErrorCode.CANNOT_DELETE_SELF);
        }
        touched.fire(AccountsTouched.one(admin, "account.delete", account));
        em.remove(account);
        cache.forgetAccount(account.getId());
    }

    private static AccountForm valid(AccountForm form) {
        if (!form.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, form.errors());
        }
        return form;
    }
}
