package navaa.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import navaa.identity.control.AccountForm;
import navaa.identity.control.LoginThrottle;
import navaa.identity.control.PasswordHasher;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.FieldError;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/** Looks accounts up and checks passwords: the part of identity every login shares. */
@Stateless
public class Accounts {

    private static final PasswordHasher HASHER = new PasswordHasher();
    // verified when the username is unknown, so both refusals take the same time
    private static final String DECOY_HASH = HASHER.hash("navaa-decoy-password".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginGuard guard;

    /**
     * Checks a username and password from a client at {@code address}. Counts the attempt
     * towards the login limits before the password is checked (a right one is given back);
     * refuses inactive and expired accounts after the password is right (so the reason is
     * not told to someone who does not know it).
     */
    public Account login(String username, String password, String address) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new NavaaException(ErrorCode.CREDENTIALS_REQUIRED);
        }
        Optional<Account> found = byUsername(username);
        String subject = found.map(a -> LoginThrottle.accountKey(a.getId())).orElseGet(() -> LoginThrottle.nameKey(username));
        guard.attempt(subject, address);
        boolean matches = HASHER.verify(password.toCharArray(), found.map(Account::getPasswordHash).orElse(DECOY_HASH));
        if (found.isEmpty() || !matches) {
            throw new NavaaException(ErrorCode.INVALID_CREDENTIALS);
        }
        guard.succeeded(subject, address);
        Account account = found.get();
        requireAllowed(account);
        if (HASHER.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(HASHER.hash(password.toCharArray()));
            em.flush();
        }
        return recordLogin(account);
    }

    /*
     * A bulk update, which leaves the row's version alone: two logins of one account at once
     * (a client that signs in from several threads) must not fail on each other's lastLoginAt.
     */
    private Account recordLogin(Account account) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.createQuery("update Account a set a.lastLoginAt = :now where a.id = :id")
                .setParameter("now", now).setParameter("id", account.getId()).executeUpdate();
        em.detach(account);
        account.loggedIn(now);
        return account;
    }

    /**
     * Doc 004's login: as {@link #login}, except that an unknown username is registered as a
     * new user with this password when auto-registration is enabled
     * ({@code NAVAA_ALLOW_AUTO_REGISTER}, or doc 004's own {@code ALLOW_AUTO_REGISTER}; off
     * by default). Read on each login, so an administrator can switch it without a restart.
     */
    public Account loginOrRegister(String username, String password, String address) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()
                || !AutoRegistration.enabled() || byUsername(username).isPresent()) {
            return login(username, password, address);
        }
        guard.admit(LoginThrottle.nameKey(username), address);
        Map<String, FieldError> errors = AccountForm.registrationErrors(username, password);
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
        Account account = new Account(username, hash(password), EnumSet.of(Role.USER));
        account.loggedIn(Instant.now());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the same name registered by a concurrent login a moment ago: theirs stands
            throw new NavaaException(ErrorCode.INVALID_CREDENTIALS);
        }
        return account;
    }

    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("key", Account.key(username))
                .getResultStream().findFirst();
    }

    public Optional<Account> byUuid(String uuid) {
        return em.createQuery("select a from Account a where a.uuid = :uuid", Account.class)
                .setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }

    /** Doc 004's 403 reasons, checked at every login and on every request. */
    public static void requireAllowed(Account account) {
        account.refusal(LocalDate.now()).ifPresent(code -> {
            throw new NavaaException(code);
        });
    }

    static String hash(String password) {
        return HASHER.hash(password.toCharArray());
    }
}
