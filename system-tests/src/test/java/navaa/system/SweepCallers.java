package navaa.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sweep's own users and administrators, each calling with an API key (a key survives
 * the logouts the sweep sends, and needs no CSRF token). A caller is replaced by a fresh
 * one after {@link #REQUESTS_EACH} requests, so the audio family's 100 requests a minute
 * per user never answer for it; each owns a chat and a voice database, so ids that exist
 * reach the code behind the ownership checks.
 */
final class SweepCallers {

    static final int REQUESTS_EACH = 90;
    static final String PASSWORD = "sweep-pw-12345";

    /** One caller: its key, and the ids of what it owns by path parameter name. */
    record Caller(String username, String key, Map<String, String> owned) {
    }

    private final Http admin;
    private final boolean administrators;
    private final List<String> created = new ArrayList<>();
    private Caller current;
    private int used;

    SweepCallers(Http admin, boolean administrators) {
        this.admin = admin;
        this.administrators = administrators;
    }

    /** "admin" or "user", as the findings name callers. */
    String role() {
        return administrators ? "admin" : "user";
    }

    synchronized Caller next() {
        if (current == null || used >= REQUESTS_EACH) {
            current = create();
            used = 2;
        }
        used++;
        return current;
    }

    /** Every user this pool made, for the clean-up. */
    synchronized List<String> created() {
        return List.copyOf(created);
    }

    private Caller create() {
        String username = Accounts.createUser(admin, PASSWORD, administrators ? "\"role\":\"admin\"" : null);
        created.add(username);
        Http.Reply token = new Http().postJson("/api/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        Http http = new Http().with("Authorization", "Token " + token.json().getString("token"));
        Http.Reply chat = http.postJson("/api/chats", "{\"subject\":\"sweep\"}");
        assertEquals(201, chat.status(), chat::toString);
        Http.Reply voices = http.postJson("/api/diarization/voice-databases/", "{\"name\":\"sweep\"}");
        assertEquals(201, voices.status(), voices::toString);
        return new Caller(username, token.json().getString("token"), Map.of(
                "chatId", chat.json().getString("id"),
                "id", Long.toString(voices.json().getJsonNumber("id").longValue()),
                "username", username));
    }
}
