package navaa.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountFormTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aFullCreateCarriesEveryDocumentedField() {
        AccountForm form = AccountForm.forCreate(json("""
                {"username":"sara.m","password":"secret1","firstName":"سارا","lastName":"محمدی","mobile":"09121234567",
                 "email":"sara@example.com","role":"doctor","isActive":false,"maxChats":3,"maxMessagesPerChat":20,
                 "expiryDate":"2025-12-31"}"""));
        assertTrue(form.errors().isEmpty(), form.errors()::toString);
        Account account = new Account(form.username(), "hash", form.roles());
        form.applyTo(account);
        assertEquals("sara.m", account.getUsername());
        assertEquals("سارا", account.getFirstName());
        assertEquals("09121234567", account.getMobile());
        assertEquals(EnumSet.of(Role.DOCTOR), account.getRoles());
        assertFalse(account.isActive());
        assertEquals(3, account.getMaxChats());
        assertEquals(20, account.getMaxMessagesPerChat());
        assertEquals(LocalDate.of(2025, 12, 31), account.getExpiryDate());
    }

    @Test
    void createNeedsUsernameAndPasswordAndDefaultsToRoleUser() {
        assertEquals(2, AccountForm.forCreate(json("{}")).errors().size());
        AccountForm form = AccountForm.forCreate(json("{\"username\":\"ali\",\"password\":\"123456\"}"));
        assertTrue(form.errors().isEmpty());
        assertEquals(EnumSet.of(Role.USER), form.roles());
    }

    @Test
    void badValuesAreNamedByField() {
        AccountForm form = AccountForm.forCreate(json("""
                {"username":"a b","password":"12345","role":"superuser","isActive":"yes","maxChats":-1,
                 "maxMessagesPerChat":"ten","expiryDate":"31/12/2025","email":"nope"}"""));
        assertEquals("field.username", form.errors().get("username").key());
        assertEquals("field.password", form.errors().get("password").key());
        assertEquals(6, form.errors().get("password").arguments()[0], "the rule's number goes into the message");
        assertEquals("field.role", form.errors().get("role").key());
        assertEquals("field.boolean", form.errors().get("isActive").key());
        assertEquals("field.number", form.errors().get("maxChats").key());
        assertEquals("field.number", form.errors().get("maxMessagesPerChat").key());
        assertEquals("field.date", form.errors().get("expiryDate").key());
        assertEquals("field.email", form.errors().get("email").key());
    }

    @Test
    void anUpdateChangesOnlyWhatIsSentAndNullClearsALimit() {
        Account account = new Account("reza", "hash", EnumSet.of(Role.USER));
        account.setMaxChats(5);
        account.setMaxMessagesPerChat(7);
        account.setFirstName("Reza");
        AccountForm form = AccountForm.forUpdate(json("{\"maxChats\":null,\"isActive\":false}"));
        assertTrue(form.errors().isEmpty());
        assertFalse(form.changesRole());
        form.applyTo(account);
        assertNull(account.getMaxChats());
        assertEquals(7, account.getMaxMessagesPerChat());
        assertEquals("Reza", account.getFirstName());
        assertFalse(account.isActive());
        assertNull(form.password());
    }

    @Test
    void selfRegistrationFollowsDoc004sLoginRules() {
        assertTrue(AccountForm.registrationErrors("user123", "password123").isEmpty());
        assertTrue(AccountForm.registrationErrors("علی_رضا", "12345678").isEmpty(), "Persian names are names");
        assertEquals(java.util.Set.of("password"), AccountForm.registrationErrors("user123", "1234567").keySet(), "8 or more");
        assertEquals(java.util.Set.of("username"), AccountForm.registrationErrors("ab", "password123").keySet());
        assertEquals(java.util.Set.of("username"), AccountForm.registrationErrors("a b c", "password123").keySet());
    }
}
