package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static navaa.system.Checks.chatError;
import static navaa.system.Checks.loginJson;
import static navaa.system.Checks.requireListed;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Doc 004's user administration, field by field: create, list, edit, delete, and what each refuses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsersIT {

    private static final String PASSWORD = "admin-users-pw";
    private static final JsonObject SUCCESS = Json.createObjectBuilder().add("success", true).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private static JsonObject fullUser(String username, String expiry) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("firstName", "علی")
                .add("lastName", "Mohammadi")
                .add("mobile", "09121234567")
                .add("email", "ali@example.com")
                .add("role", "user")
                .add("isActive", true)
                .add("maxChats", 10)
                .add("maxMessagesPerChat", 20)
                .add("expiryDate", expiry)
                .build();
    }

    private static void assertFullUser(JsonObject listed, String username, String expiry) {
        assertEquals(username, listed.getString("username"));
        assertEquals("علی", listed.getString("firstName"));
        assertEquals("Mohammadi", listed.getString("lastName"));
        assertEquals("09121234567", listed.getString("mobile"));
        assertEquals("ali@example.com", listed.getString("email"));
        assertEquals("user", listed.getString("role"));
        assertEquals(JsonValue.TRUE, listed.get("isActive"));
        assertEquals(10, listed.getInt("maxChats"));
        assertEquals(20, listed.getInt("maxMessagesPerChat"));
        assertEquals(expiry, listed.getString("expiryDate"));
        assertFalse(listed.containsKey("password"), listed::toString);
        assertFalse(listed.toString().contains("scrypt"), () -> "no password hash in the listing: " + listed);
    }

    @Test
    void createWithEveryFieldIsListedWithExactlyThoseValues() {
        Http admin = Accounts.admin();
        String username = Accounts.uniqueName("full");
        String expiry = LocalDate.now().plusYears(1).toString();

        Http.Reply created = admin.postJson("/api/admin/users", fullUser(username, expiry).toString());
        assertEquals(201, created.status(), created::toString);
        assertEquals(Json.createObjectBuilder().add("success", true).add("username", username).build(), created.json());

        JsonObject listed = requireListed(admin, username);
        assertFullUser(listed, username, expiry);
        JsonObject stats = listed.getJsonObject("stats");
        assertNotNull(stats, listed::toString);
        assertEquals(0, stats.getInt("totalChats"));
        assertEquals(0, stats.getInt("totalMessages"));
        assertEquals(JsonValue.NULL, stats.get("lastLoginAt"), "never logged in yet");

        // the new user can log in, and the login is counted in the stats
        Http user = Accounts.jsonLogin(username, PASSWORD);
        JsonObject me = user.get("/api/auth/me").json();
        assertEquals("علی", me.getString("firstName"));
        String lastLogin = requireListed(admin, username).getJsonObject("stats").getString("lastLoginAt");
        assertTrue(Checks.ISO_MILLIS.matcher(lastLogin).matches(), lastLogin);
        assertEquals(me.getJsonObject("stats").getString("lastLoginAt"), lastLogin);
    }

    @Test
    void createWithOnlyUsernameAndPasswordTakesDoc004sDefaults() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        JsonObject listed = requireListed(admin, username);
        assertEquals("user", listed.getString("role"));
        assertEquals(JsonValue.TRUE, listed.get("isActive"));
        for (String field : new String[]{"firstName", "lastName", "mobile", "email", "maxChats", "maxMessagesPerChat", "expiryDate"}) {
            assertEquals(JsonValue.NULL, listed.get(field), () -> field + " defaults to null: " + listed);
        }

        String inactive = Accounts.createUser(admin, PASSWORD, "\"isActive\":false");
        assertEquals(JsonValue.FALSE, requireListed(admin, inactive).get("isActive"));
        chatError(new Http().postJson("/api/auth/login", loginJson(inactive, PASSWORD)), 403, "ACCOUNT_INACTIVE", null);
    }

    @Test
    void duplicateUsernamesAreRefusedWhateverTheirCase() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, "\"firstName\":\"First\"");

        chatError(admin.postJson("/api/admin/users", loginJson(username, "another-pw")), 400, "DUPLICATE_USERNAME",
                "This username is already taken.");
        chatError(admin.postJson("/api/admin/users", loginJson(username.toUpperCase(Locale.ROOT), "another-pw"), "Accept-Language", "fa"),
                400, "DUPLICATE_USERNAME", "نام کاربری تکراری است");
        chatError(admin.postJson("/api/admin/users", loginJson("ADMIN", "another-pw")), 400, "DUPLICATE_USERNAME", null);

        assertEquals(1, admin.get("/api/admin/users").array().stream()
                .filter(u -> u.asJsonObject().getString("username").equalsIgnoreCase(username)).count());
        assertEquals("First", requireListed(admin, username).getString("firstName"), "the original is untouched");
        assertEquals(200, Accounts.jsonLogin(username, PASSWORD).get("/api/auth/me").status(), "the original password still works");
    }

    @Test
    void invalidFieldsAreRefusedAndNothingIsStored() {
        Http admin = Accounts.admin();
        Map<String, String> cases = new LinkedHashMap<>();
        // extra JSON fields -> the field the error must name
        cases.put("\"password\":\"12345\"", "password");
        cases.put("\"role\":\"superuser\"", "role");
        cases.put("\"expiryDate\":\"31/12/2025\"", "expiryDate");
        cases.put("\"expiryDate\":\"2025-02-30\"", "expiryDate");
        cases.put("\"maxChats\":-1", "maxChats");
        cases.put("\"maxChats\":\"ten\"", "maxChats");
        cases.put("\"maxChats\":2.5", "maxChats");
        cases.put("\"maxMessagesPerChat\":-5", "maxMessagesPerChat");
        cases.put("\"isActive\":\"yes\"", "isActive");

        cases.forEach((extra, field) -> {
            String username = Accounts.uniqueName("bad");
            String body = extra.startsWith("\"password\"")
                    ? "{\"username\":\"" + username + "\"," + extra + "}"
                    : "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"," + extra + "}";
            Http.Reply refused = admin.postJson("/api/admin/users", body);
            JsonObject error = chatError(refused, 400, "VALIDATION_ERROR", "The submitted data is not valid.");
            assertTrue(error.getJsonObject("fields") != null && error.getJsonObject("fields").containsKey(field),
                    () -> body + " must name " + field + ": " + error);
            // nothing was stored: the same username is still free
            assertEquals(201, admin.postJson("/api/admin/users", loginJson(username, PASSWORD)).status(), () -> body + " left a user behind");
        });

        String username = Accounts.uniqueName("miss");
        JsonObject noUsername = chatError(admin.postJson("/api/admin/users", "{\"password\":\"" + PASSWORD + "\"}"), 400, "VALIDATION_ERROR", null);
        assertTrue(noUsername.getJsonObject("fields").containsKey("username"), noUsername::toString);
        JsonObject noPassword = chatError(admin.postJson("/api/admin/users", "{\"username\":\"" + username + "\"}"), 400, "VALIDATION_ERROR", null);
        assertTrue(noPassword.getJsonObject("fields").containsKey("password"), noPassword::toString);
        JsonObject shortName = chatError(admin.postJson("/api/admin/users", loginJson("ab", PASSWORD)), 400, "VALIDATION_ERROR", null);
        assertTrue(shortName.getJsonObject("fields").containsKey("username"), shortName::toString);
        JsonObject fa = chatError(admin.postJson("/api/admin/users", "{\"username\":\"" + username + "\"}", "Accept-Language", "fa"),
                400, "VALIDATION_ERROR", "اطلاعات ارسالی معتبر نیست");
        assertEquals("این فیلد الزامی است", fa.getJsonObject("fields").getString("password"));
        chatError(admin.postJson("/api/admin/users", "{\"username\":"), 400, "BAD_REQUEST", null);
        assertTrue(Checks.listedUser(admin, username).isEmpty());
        assertTrue(Checks.listedUser(admin, "ab").isEmpty());
    }

    @Test
    void fieldErrorsStateTheRuleWithItsNumbers() {
        Http admin = Accounts.admin();
        String username = Accounts.uniqueName("msg");
        JsonObject password = chatError(admin.postJson("/api/admin/users", loginJson(username, "12345")), 400, "VALIDATION_ERROR", null);
        JsonObject passwordFa = chatError(admin.postJson("/api/admin/users", loginJson(username, "12345"), "Accept-Language", "fa"),
                400, "VALIDATION_ERROR", null);
        JsonObject longName = chatError(admin.postJson("/api/admin/users",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"firstName\":\"" + "x".repeat(101) + "\"}"),
                400, "VALIDATION_ERROR", null);
        assertAll(
                () -> assertEquals("Password must be at least 6 characters.", password.getJsonObject("fields").getString("password")),
                () -> assertFalse(passwordFa.getJsonObject("fields").getString("password").contains("{0}"), passwordFa::toString),
                () -> assertEquals("At most 100 characters.", longName.getJsonObject("fields").getString("firstName")));
    }

    @Test
    void putChangesOnlyTheFieldsSentAndNullClearsALimit() {
        Http admin = Accounts.admin();
        String username = Accounts.uniqueName("edit");
        String expiry = LocalDate.now().plusYears(1).toString();
        assertEquals(201, admin.postJson("/api/admin/users", fullUser(username, expiry).toString()).status());

        Http.Reply renamed = admin.putJson("/api/admin/users/" + username, "{\"firstName\":\"Reza\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(SUCCESS, renamed.json());
        JsonObject afterName = requireListed(admin, username);
        assertEquals("Reza", afterName.getString("firstName"));
        assertFullUser(Json.createObjectBuilder(afterName).add("firstName", "علی").build(), username, expiry);

        assertEquals(SUCCESS, admin.putJson("/api/admin/users/" + username, "{\"maxChats\":null}").json());
        JsonObject afterClear = requireListed(admin, username);
        assertEquals(JsonValue.NULL, afterClear.get("maxChats"));
        assertEquals(20, afterClear.getInt("maxMessagesPerChat"), "the other limit stays");
        assertEquals(expiry, afterClear.getString("expiryDate"));
        assertEquals("Reza", afterClear.getString("firstName"));

        assertEquals(SUCCESS, admin.putJson("/api/admin/users/" + username, "{}").json());
        assertEquals(afterClear, requireListed(admin, username), "an empty edit changes nothing");

        String later = LocalDate.now().plusYears(2).toString();
        assertEquals(SUCCESS, admin.putJson("/api/admin/users/" + username,
                "{\"lastName\":\"Ahmadi\",\"mobile\":\"09351112233\",\"email\":\"reza@example.com\",\"maxChats\":3,"
                        + "\"maxMessagesPerChat\":null,\"expiryDate\":\"" + later + "\",\"role\":\"doctor\"}").json());
        JsonObject afterAll = requireListed(admin, username);
        assertEquals("Reza", afterAll.getString("firstName"));
        assertEquals("Ahmadi", afterAll.getString("lastName"));
        assertEquals("09351112233", afterAll.getString("mobile"));
        assertEquals("reza@example.com", afterAll.getString("email"));
        assertEquals(3, afterAll.getInt("maxChats"));
        assertEquals(JsonValue.NULL, afterAll.get("maxMessagesPerChat"));
        assertEquals(later, afterAll.getString("expiryDate"));
        assertEquals("doctor", afterAll.getString("role"));
        assertEquals(JsonValue.TRUE, afterAll.get("isActive"));

        // an invalid edit is refused whole: the valid field beside the bad one is not applied either
        chatError(admin.putJson("/api/admin/users/" + username, "{\"firstName\":\"Changed\",\"maxChats\":-1}"), 400, "VALIDATION_ERROR", null);
        assertEquals(afterAll, requireListed(admin, username));
    }

    @Test
    void editingOrDeletingAnUnknownUserIs404() {
        Http admin = Accounts.admin();
        String nobody = Accounts.uniqueName("nobody");
        chatError(admin.putJson("/api/admin/users/" + nobody, "{\"firstName\":\"X\"}", "Accept-Language", "fa"), 404, "USER_NOT_FOUND",
                "کاربر یافت نشد");
        chatError(admin.putJson("/api/admin/users/" + nobody, "{\"firstName\":\"X\"}"), 404, "USER_NOT_FOUND", "User not found.");
        chatError(admin.delete("/api/admin/users/" + nobody, "Accept-Language", "fa"), 404, "USER_NOT_FOUND", "کاربر یافت نشد");
        assertTrue(Checks.listedUser(admin, nobody).isEmpty(), "a PUT does not create");
    }

    @Test
    void deleteRemovesTheUserAndEndsEveryWayIn() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http session = Accounts.jsonLogin(username, PASSWORD);
        Http form = Accounts.formLogin(username, PASSWORD);
        String key = new Http().postJson("/api/auth/token/", loginJson(username, PASSWORD)).json().getString("token");
        JsonObject tokens = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json();
        assertEquals(200, session.get("/api/auth/me").status());

        Http.Reply deleted = admin.delete("/api/admin/users/" + username);
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(SUCCESS, deleted.json());
        assertTrue(Checks.listedUser(admin, username).isEmpty());

        chatError(session.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
        chatError(form.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Token " + key), 401, "TOKEN_INVALID", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access")), 401, "TOKEN_INVALID", null);
        Checks.clinicError(new Http().postJson("/api/v1/auth/refresh/", "{\"refresh\":\"" + tokens.getString("refresh") + "\"}"),
                401, "TOKEN_INVALID");
        chatError(new Http().postJson("/api/auth/login", loginJson(username, PASSWORD)), 401, "INVALID_CREDENTIALS", null);
        chatError(admin.delete("/api/admin/users/" + username), 404, "USER_NOT_FOUND", null);

        // the name is free again, for a new account that inherits nothing
        assertEquals(201, admin.postJson("/api/admin/users", loginJson(username, "fresh-password")).status());
        chatError(session.get("/api/auth/me"), 401, "UNAUTHORIZED", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Token " + key), 401, "TOKEN_INVALID", null);
        chatError(new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access")), 401, "TOKEN_INVALID", null);
    }

    @Test
    void anAdminCannotDeleteThemselves() {
        Http admin = Accounts.admin();
        String second = Accounts.createUser(admin, PASSWORD, "\"role\":\"admin\"");
        Http self = Accounts.jsonLogin(second, PASSWORD);

        chatError(self.delete("/api/admin/users/" + second, "Accept-Language", "fa"), 400, "CANNOT_DELETE_SELF",
                "نمی‌توان ادمین خود را حذف کرد");
        chatError(self.delete("/api/admin/users/" + second.toUpperCase(Locale.ROOT)), 400, "CANNOT_DELETE_SELF",
                "You cannot delete your own admin account.");
        String key = new Http().postJson("/api/auth/token/", loginJson(second, PASSWORD)).json().getString("token");
        chatError(new Http().delete("/api/admin/users/" + second, "Authorization", "Token " + key), 400, "CANNOT_DELETE_SELF", null);
        assertEquals("admin", requireListed(admin, second).getString("role"), "still there");
        assertEquals(400, self.putJson("/api/admin/users/" + second, "{\"isActive\":false}").status(), "nor deactivate themselves");
        assertTrue(requireListed(admin, second).getBoolean("isActive"));
        assertEquals(200, self.get("/api/admin/users").status());

        // another admin may
        assertEquals(SUCCESS, admin.delete("/api/admin/users/" + second).json());
        assertTrue(Checks.listedUser(admin, second).isEmpty());
    }

    @Test
    void doctorAndPatientRolesAreAccepted() {
        Http admin = Accounts.admin();
        for (String role : new String[]{"doctor", "patient", "admin", "user"}) {
            String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"" + role + "\"");
            assertEquals(role, requireListed(admin, username).getString("role"));

            Http.Reply login = new Http().postJson("/api/auth/login", loginJson(username, PASSWORD));
            assertEquals(200, login.status(), login::toString);
            assertEquals(role, login.json().getString("role"));
            JsonObject tokens = new Http().postJson("/api/v1/auth/token/", loginJson(username, PASSWORD)).json();
            assertEquals(role, tokens.getJsonObject("user").getString("role"));
            assertEquals(role, Jwts.payload(tokens.getString("access")).getJsonArray("groups").getString(0));
            Http.Reply me = new Http().get("/api/auth/me", "Authorization", "Bearer " + tokens.getString("access"));
            assertEquals(role, me.json().getString("role"));
            int adminList = new Http().get("/api/admin/users", "Authorization", "Bearer " + tokens.getString("access")).status();
            assertEquals("admin".equals(role) ? 200 : 403, adminList, () -> role + " on the admin API");
        }
    }

    @Test
    void aPasswordSetByPutReplacesTheOldOne() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);

        chatError(admin.putJson("/api/admin/users/" + username, "{\"password\":\"short\"}"), 400, "VALIDATION_ERROR", null);
        assertEquals(200, new Http().postJson("/api/auth/login", loginJson(username, PASSWORD)).status(), "a refused change keeps the old password");

        JsonObject reset = admin.putJson("/api/admin/users/" + username, "{\"password\":\"brand-new-pw\"}").json();
        assertEquals(true, reset.getBoolean("success"), reset::toString);
        assertTrue(reset.getJsonObject("revoked").containsKey("apiKeys"), () -> "a reset says what it ended: " + reset);
        Http.Reply fresh = new Http().postJson("/api/auth/login", loginJson(username, "brand-new-pw"));
        assertEquals(200, fresh.status(), fresh::toString);
        chatError(new Http().postJson("/api/auth/login", loginJson(username, PASSWORD)), 401, "INVALID_CREDENTIALS", null);
        Checks.audioError(new Http().postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD)), 401, "INVALID_CREDENTIALS");
        assertEquals(200, new Http().postForm("/accounts/login/", Map.of("username", username, "password", "brand-new-pw")).status());
        JsonObject listed = requireListed(admin, username);
        assertFalse(listed.toString().contains("brand-new-pw"), listed::toString);
    }

}
