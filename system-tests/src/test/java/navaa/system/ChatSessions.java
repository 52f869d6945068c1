package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Doc 004's chat as its JavaScript example uses it: a user made by the admin, logged in, creating chats and sending messages. */
final class ChatSessions {

    static final String PASSWORD = "password123";

    private ChatSessions() {
    }

    /** A new user with the given extra admin fields (e.g. "\"maxChats\":1"), logged in by doc 004's JSON login. */
    static User user(String extraFields) {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, extraFields);
        return new User(username, Accounts.jsonLogin(username, PASSWORD));
    }

    record User(String username, Http http) {

        Http.Reply createChat(String subject, String... headers) {
            return http.postJson("/api/chats", Json.createObjectBuilder().add("subject", subject).build().toString(), headers);
        }

        String newChat(String subject) {
            Http.Reply created = createChat(subject);
            assertEquals(201, created.status(), created::toString);
            return created.json().getString("id");
        }

        Http.Reply send(String chatId, String content, String... headers) {
            return http.postJson("/api/chats/" + chatId + "/messages",
                    Json.createObjectBuilder().add("content", content).add("role", "user").build().toString(), headers);
        }

        JsonObject chat(String chatId) {
            Http.Reply chat = http.get("/api/chats/" + chatId);
            assertEquals(200, chat.status(), chat::toString);
            return chat.json();
        }

        JsonObject stats() {
            return http.get("/api/auth/me").json().getJsonObject("stats");
        }
    }
}
