package navaa.identity.entity;

import navaa.platform.control.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    void anActiveUnexpiredAccountMayAct() {
        Account account = new Account("ali", "hash", EnumSet.of(Role.USER));
        assertEquals(Optional.empty(), account.refusal(today));
        account.setExpiryDate(today);
        assertEquals(Optional.empty(), account.refusal(today), "the expiry date is the last day that works");
    }

    @Test
    void expiredTheDayAfterItsExpiryDate() {
        Account account = new Account("ali", "hash", EnumSet.of(Role.USER));
        account.setExpiryDate(today.minusDays(1));
        assertEquals(Optional.of(ErrorCode.ACCOUNT_EXPIRED), account.refusal(today));
    }

    @Test
    void inactiveComesBeforeExpired() {
        Account account = new Account("ali", "hash", EnumSet.of(Role.USER));
        account.setExpiryDate(today.minusDays(1));
        account.setActive(false);
        assertEquals(Optional.of(ErrorCode.ACCOUNT_INACTIVE), account.refusal(today));
    }

    @Test
    void usernamesAreKeyedWithoutCase() {
        assertEquals(Account.key("Sara.M"), Account.key("sara.m"));
    }

    @Test
    void thePrimaryRoleIsTheStrongestHeld() {
        assertEquals(Role.ADMIN, Role.primary(EnumSet.of(Role.USER, Role.ADMIN)));
        assertEquals(Role.DOCTOR, Role.primary(EnumSet.of(Role.PATIENT, Role.DOCTOR)));
        assertEquals(Role.USER, Role.primary(EnumSet.noneOf(Role.class)));
        assertEquals(Optional.of(Role.PATIENT), Role.parse("patient"));
        assertEquals(Optional.empty(), Role.parse("PATIENT"));
    }
}
