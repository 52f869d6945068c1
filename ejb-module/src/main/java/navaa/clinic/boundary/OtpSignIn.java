package navaa.clinic.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import navaa.clinic.control.OtpHasher;
import navaa.clinic.control.OtpRules;
import navaa.clinic.control.OtpRules.Outcome;
import navaa.clinic.control.PhoneNumbers;
import navaa.clinic.control.SmsFailedException;
import navaa.clinic.entity.OtpCode;
import navaa.identity.boundary.LoginKeySecret;
import navaa.identity.entity.Account;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Doc 003's sign-in by phone: a six-digit code is sent, and the right code within its life
 * signs the number's account in, making a patient account the first time. The number's
 * code row is locked while it is read, so concurrent guesses are counted one by one.
 */
@Stateless
public class OtpSignIn {

    private static final Logger LOG = Logger.getLogger(OtpSignIn.class.getName());

    public record Sent(String maskedPhone, long expiresInSeconds, long resendInSeconds) {
    }

    /** What a guess gave: the account on {@link Outcome#VALID}, the wait on {@link Outcome#LOCKED}. */
    public record Verification(Outcome outcome, Account account, boolean newUser, long retryAfterSeconds) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginKeySecret secret;

    @Inject
    SmsDelivery sms;

    @Inject
    PatientAccounts patients;

    private final OtpRules rules = new OtpRules(Clock.systemUTC());

    /** Sends a new code to an E.164 number, unless one was sent too recently (429). */
    public Sent request(String phone, String channel, Locale locale) {
        if (patients.blocked(phone)) {
            throw new NavaaException(ErrorCode.PHONE_BLOCKED);
        }
        OtpCode current = find(phone);
        long wait = rules.waitBeforeSending(current);
        if (wait > 0) {
            throw NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, wait);
        }
        String code = OtpHasher.newCode();
        OtpCode issued = rules.issue(current, phone, hasher().hash(phone, code), channel);
        if (current == null) {
            try {
                em.persist(issued);
                em.flush();
            } catch (PersistenceException e) {
                // another request for the same number inserted its row a moment ago: its code stands
                throw NavaaException.tooMany(ErrorCode.TOO_MANY_REQUESTS, OtpRules.RESEND_WAIT.toSeconds());
            }
        }
        try {
            sms.send(phone, channel, Messages.text("clinic.otp.text", Messages.supported(locale), code));
        } catch (SmsFailedException e) {
            LOG.warning(() -> "no one-time code sent: " + e.getMessage());
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        return new Sent(PhoneNumbers.mask(phone), OtpRules.LIFETIME.toSeconds(), OtpRules.RESEND_WAIT.toSeconds());
    }

    /**
     * Counts a guess at the number's code. Returns rather than throws a refusal, so the
     * counted attempt is committed and not rolled back with the error.
     */
    public Verification verify(String phone, String code) {
        OtpCode stored = find(phone);
        Outcome outcome = rules.verify(stored, stored != null && hasher().matches(phone, code, stored.getCodeHash()));
        return switch (outcome) {
            case VALID -> signIn(phone);
            case LOCKED -> new Verification(outcome, null, false, rules.retryAfterLocked(stored));
            default -> new Verification(outcome, null, false, 0);
        };
    }

    private Verification signIn(String phone) {
        Optional<Account> known = patients.byPhone(phone);
        Account account = known.orElseGet(() -> patients.create(phone));
        account.refusal(LocalDate.now()).ifPresent(refusal -> {
            throw new NavaaException(ErrorCode.PHONE_BLOCKED);
        });
        account.loggedIn(Instant.now());
        return new Verification(Outcome.VALID, account, known.isEmpty(), 0);
    }

    private OtpCode find(String phone) {
        return em.createQuery("select c from OtpCode c where c.phone = :phone", OtpCode.class).setParameter("phone", phone)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    private OtpHasher hasher() {
        return new OtpHasher(secret.bytes());
    }

    /** Codes long dead, whose hourly window is over too. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    void purge() {
        int removed = em.createQuery("delete from OtpCode c where c.expiresAt < :before and c.windowStartedAt < :before")
                .setParameter("before", Instant.now().minusSeconds(3600)).executeUpdate();
        LOG.fine(() -> removed + " stale one-time codes removed");
    }
}
