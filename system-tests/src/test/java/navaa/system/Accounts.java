package navaa.system;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test accounts made through doc 004's admin API, and logged-in clients for them. */
public final class Accounts {

    public static final String ADMIN_PASSWORD = System.getProperty("navaa.it.adminPassword", "navaa-it-admin-pw");

    private Accounts() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An admin client logged in by doc 004's JSON login. */
    public static Http admin() {
        return jsonLogin("admin", ADMIN_PASSWORD);
    }

    public static Http jsonLogin(String username, String password) {
        Http http = new Http();
        Http.Reply reply = http.postJson("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, reply.status(), () -> "login of " + username + ": " + reply);
        return http;
    }

    public static Http formLogin(String username, String password) {
        Http http = new Http();
        Http.Reply reply = http.postForm("/accounts/login/", Map.of("username", username, "password", password));
        assertEquals(200, reply.status(), () -> "form login of " + username + ": " + reply);
        return http;
    }

    /** Creates a user with the given extra JSON fields (e.g. "\"maxChats\":1"), returning the username. */
    public static String createUser(Http admin, String password, String extraFields) {
        String username = uniqueName("u");
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (extraFields == null || extraFields.isEmpty() ? "" : "," + extraFields) + "}";
        Http.Reply reply = admin.postJson("/api/admin/users", body);
        assertEquals(201, reply.status(), () -> "create " + username + ": " + reply);
        return username;
    }
}
