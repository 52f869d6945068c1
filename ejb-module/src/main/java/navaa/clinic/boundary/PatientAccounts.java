package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.PatientForm;
import navaa.clinic.entity.PatientProfile;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts known by their phone number (doc 003) and the patient profile beside each. The
 * first verified code of a new number makes a patient account with no usable password.
 */
@Stateless
public class PatientAccounts {

    /** Not a hash any password verifies against: a phone account signs in by code only. */
    static final String NO_PASSWORD = "!otp";

    @PersistenceContext
    EntityManager em;

    /** The number's account: the first one made, should an admin have given two the same mobile. */
    public Optional<Account> byPhone(String phone) {
        return em.createNamedQuery(Account.BY_MOBILE, Account.class).setParameter("mobile", phone)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the number belongs to an account that may not sign in (inactive or expired). */
    public boolean blocked(String phone) {
        return byPhone(phone).flatMap(a -> a.refusal(LocalDate.now())).isPresent();
    }

    public Account create(String phone) {
        String username = "p" + phone.substring(1);
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("key", Account.key(username))
                .getResultList().isEmpty()) {
            username = "p-" + UUID.randomUUID();
        }
        Account account = new Account(username, NO_PASSWORD, EnumSet.of(Role.PATIENT));
        account.setMobile(phone);
        em.persist(account);
        em.persist(new PatientProfile(account));
        return account;
    }

    /** The profile of a patient's account, made empty the first time it is asked for. */
    public PatientProfile profileOf(long accountId) {
        return em.createQuery("select p from PatientProfile p where p.account.id = :account", PatientProfile.class)
                .setParameter("account", accountId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    PatientProfile made = new PatientProfile(em.find(Account.class, accountId));
                    em.persist(made);
                    return made;
                });
    }

    /** Doc 003's {@code is_profile_complete}: a patient's profile, or anyone else's name. */
    public boolean profileComplete(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account.getRoles().contains(Role.PATIENT)) {
            return profileOf(accountId).isComplete();
        }
        return account.getFirstName() != null && account.getLastName() != null;
    }

    /** A patient's edit of their profile, all of it checked before any of it is stored. */
    public PatientProfile edit(long accountId, PatientForm form) {
        if (!form.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, form.errors());
        }
        PatientProfile profile = profileOf(accountId);
        form.applyTo(profile);
        return profile;
    }
}
