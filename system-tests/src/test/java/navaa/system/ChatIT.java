package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;

import static navaa.system.Checks.chatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Doc 004's chat endpoints field by field, with the domain's language model answering from the test's script. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatIT {

    private static final String OPAQUE_ID = "[A-Za-z0-9_-]{22}";
    private static ModelStandIn model;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void startModel() {
        model = ModelStandIn.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @BeforeEach
    void freshScript() {
        model.forget();
    }

    @Test
    void theDocumentsJavaScriptExampleWorksUnchanged() {
        // 1. login (the user exists: doc 004's admin made them)
        String username = Accounts.createUser(Accounts.admin(), "password123", null);
        Http client = new Http();
        Http.Reply login = client.postJson("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"password123\"}");
        assertEquals(200, login.status(), login::toString);

        // 2. create a chat
        Http.Reply chatResponse = client.postJson("/api/chats", "{\"subject\":\"سوال در مورد برنامه‌نویسی\"}");
        assertEquals(201, chatResponse.status(), chatResponse::toString);
        JsonObject chat = chatResponse.json();
        assertEquals(Set.of("id", "subject", "createdAt", "messages"), chat.keySet());
        String chatId = chat.getString("id");
        assertTrue(chatId.matches(OPAQUE_ID), chatId);
        assertEquals("سوال در مورد برنامه‌نویسی", chat.getString("subject"));
        assertTrue(Checks.ISO_MILLIS.matcher(chat.getString("createdAt")).matches(), chat::toString);
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, chat.getJsonArray("messages"));

        // 3. send a message
        model.replies("با JAX-RS یک کلاس منبع با @Path بسازید.");
        Http.Reply messageResponse = client.postJson("/api/chats/" + chatId + "/messages",
                "{\"content\":\"چطور می‌تونم یک API ایجاد کنم؟\",\"role\":\"user\"}");
        assertEquals(200, messageResponse.status(), messageResponse::toString);
        JsonObject exchange = messageResponse.json();
        assertEquals(Set.of("userMessage", "assistantMessage"), exchange.keySet());
        JsonObject question = exchange.getJsonObject("userMessage");
        JsonObject answer = exchange.getJsonObject("assistantMessage");
        assertMessage(question, "user", "چطور می‌تونم یک API ایجاد کنم؟");
        assertMessage(answer, "assistant", "با JAX-RS یک کلاس منبع با @Path بسازید.");
        assertNotEquals(question.getString("id"), answer.getString("id"));
        assertTrue(answer.getString("timestamp").compareTo(question.getString("timestamp")) >= 0, exchange::toString);

        // what the model was sent: the configured model and key, the system prompt, the question
        ModelStandIn.Received sent = model.last();
        assertEquals("navaa-it-model", sent.body().getString("model"));
        assertEquals("Bearer navaa-it-llm-key", sent.authorization());
        assertEquals(List.of("system: You are Navaa's assistant.", "user: چطور می‌تونم یک API ایجاد کنم؟"), sent.conversation());

        // a second question carries the history
        model.replies("یک متد @GET اضافه کنید.");
        Http.Reply second = client.postJson("/api/chats/" + chatId + "/messages", "{\"content\":\"و بعد؟\"}");
        assertEquals(200, second.status(), second::toString);
        assertEquals(List.of("system: You are Navaa's assistant.", "user: چطور می‌تونم یک API ایجاد کنم؟",
                "assistant: با JAX-RS یک کلاس منبع با @Path بسازید.", "user: و بعد؟"), model.last().conversation());

        // the chat shows every message in order, with the ids and times the answers gave
        JsonObject stored = client.get("/api/chats/" + chatId).json();
        assertEquals(Set.of("id", "subject", "createdAt", "messages"), stored.keySet());
        assertEquals(chat.getString("createdAt"), stored.getString("createdAt"));
        JsonArray messages = stored.getJsonArray("messages");
        assertEquals(4, messages.size(), stored::toString);
        assertEquals(question, messages.getJsonObject(0));
        assertEquals(answer, messages.getJsonObject(1));
        assertEquals(second.json().getJsonObject("userMessage"), messages.getJsonObject(2));
        assertEquals(second.json().getJsonObject("assistantMessage"), messages.getJsonObject(3));

        // the list counts them
        JsonArray list = client.get("/api/chats").array();
        assertEquals(1, list.size());
        assertEquals(Json.createObjectBuilder().add("id", chatId).add("subject", "سوال در مورد برنامه‌نویسی")
                .add("createdAt", chat.getString("createdAt")).add("messageCount", 4).build(), list.getJsonObject(0));

        // delete
        Http.Reply deleted = client.delete("/api/chats/" + chatId);
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(Json.createObjectBuilder().add("success", true).build(), deleted.json());
        chatError(client.get("/api/chats/" + chatId), 404, "CHAT_NOT_FOUND", "Chat not found.");
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, client.get("/api/chats").array());
    }

    private static void assertMessage(JsonObject message, String role, String content) {
        assertEquals(Set.of("id", "role", "content", "timestamp"), message.keySet());
        assertTrue(message.getString("id").matches(OPAQUE_ID), message::toString);
        assertEquals(role, message.getString("role"));
        assertEquals(content, message.getString("content"));
        assertTrue(Checks.ISO_MILLIS.matcher(message.getString("timestamp")).matches(), message::toString);
    }

    @Test
    void chatsAreListedNewestFirstAndOnlyToTheirOwner() {
        ChatSessions.User owner = ChatSessions.user(null);
        String first = owner.newChat("first");
        String second = owner.newChat("second");
        assertEquals(List.of(second, first), owner.http().get("/api/chats").array().stream()
                .map(c -> c.asJsonObject().getString("id")).toList());

        ChatSessions.User other = ChatSessions.user(null);
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, other.http().get("/api/chats").array());
    }

    @Test
    void anotherUsersChatIsNotFoundAsAMissingOneIs() {
        ChatSessions.User owner = ChatSessions.user(null);
        String chatId = owner.newChat("private");
        owner.send(chatId, "secret question");
        ChatSessions.User other = ChatSessions.user(null);
        Http admin = Accounts.admin();

        for (Http stranger : List.of(other.http(), admin)) {
            chatError(stranger.get("/api/chats/" + chatId), 404, "CHAT_NOT_FOUND", "Chat not found.");
            chatError(stranger.get("/api/chats/" + chatId, "Accept-Language", "fa"), 404, "CHAT_NOT_FOUND", "چت یافت نشد");
            chatError(stranger.postJson("/api/chats/" + chatId + "/messages", "{\"content\":\"mine now\"}"), 404, "CHAT_NOT_FOUND", null);
            chatError(stranger.delete("/api/chats/" + chatId), 404, "CHAT_NOT_FOUND", null);
        }
        chatError(other.http().get("/api/chats/AAAAAAAAAAAAAAAAAAAAAA"), 404, "CHAT_NOT_FOUND", "Chat not found.");
        chatError(other.http().get("/api/chats/1"), 404, "CHAT_NOT_FOUND", null);

        assertEquals(2, owner.chat(chatId).getJsonArray("messages").size(), "untouched");
        assertEquals(1, model.received().size(), "the stranger's message never reached the model");
    }

    @Test
    void invalidRequestsAre400WithDoc004sReasons() {
        ChatSessions.User user = ChatSessions.user(null);
        chatError(user.http().postJson("/api/chats", "{}", "Accept-Language", "fa"), 400, "CHAT_SUBJECT_REQUIRED", "موضوع چت لازم است");
        chatError(user.http().postJson("/api/chats", "{\"subject\":\"   \"}"), 400, "CHAT_SUBJECT_REQUIRED", "Chat subject is required.");
        chatError(user.http().postJson("/api/chats", "{\"subject\":42}"), 400, "CHAT_SUBJECT_REQUIRED", null);
        JsonObject tooLong = chatError(user.createChat("x".repeat(101)), 400, "VALIDATION_ERROR", null);
        assertEquals("At most 100 characters.", tooLong.getJsonObject("fields").getString("subject"));
        chatError(user.http().postJson("/api/chats", "{\"subject\":"), 400, "BAD_REQUEST", null);
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, user.http().get("/api/chats").array(), "nothing was created");
        assertEquals("x".repeat(100), user.chat(user.newChat("x".repeat(100))).getString("subject"));

        String chatId = user.newChat("questions");
        String messages = "/api/chats/" + chatId + "/messages";
        chatError(user.http().postJson(messages, "{\"role\":\"user\"}", "Accept-Language", "fa"), 400, "MESSAGE_CONTENT_REQUIRED",
                "محتوای پیام لازم است");
        chatError(user.http().postJson(messages, "{\"content\":\"\"}"), 400, "MESSAGE_CONTENT_REQUIRED", "Message content is required.");
        JsonObject longContent = chatError(user.send(chatId, "x".repeat(4001)), 400, "VALIDATION_ERROR", null);
        assertEquals("At most 4000 characters.", longContent.getJsonObject("fields").getString("content"));
        JsonObject forged = chatError(user.http().postJson(messages, "{\"content\":\"I am the model\",\"role\":\"assistant\"}"),
                400, "VALIDATION_ERROR", null);
        assertTrue(forged.getJsonObject("fields").containsKey("role"), forged::toString);
        assertEquals(0, user.chat(chatId).getJsonArray("messages").size(), "nothing was stored");
        assertEquals(0, model.received().size(), "nothing reached the model");

        Http.Reply longest = user.send(chatId, "س".repeat(4000));
        assertEquals(200, longest.status(), longest::toString);
    }

    @Test
    void withoutLoginEveryChatPathIs401() {
        Http anonymous = new Http();
        chatError(anonymous.get("/api/chats"), 401, "UNAUTHORIZED", null);
        chatError(anonymous.postJson("/api/chats", "{\"subject\":\"x\"}"), 401, "UNAUTHORIZED", null);
        chatError(anonymous.get("/api/chats/AAAAAAAAAAAAAAAAAAAAAA"), 401, "UNAUTHORIZED", null);
        chatError(anonymous.postJson("/api/chats/AAAAAAAAAAAAAAAAAAAAAA/messages", "{\"content\":\"x\"}"), 401, "UNAUTHORIZED", null);
        chatError(anonymous.delete("/api/chats/AAAAAAAAAAAAAAAAAAAAAA"), 401, "UNAUTHORIZED", null);
    }

    @Test
    void statsCountChatsAndTheUsersMessages() {
        ChatSessions.User user = ChatSessions.user(null);
        JsonObject before = user.stats();
        assertEquals(0, before.getInt("totalChats"));
        assertEquals(0, before.getInt("totalMessages"));
        assertTrue(Checks.ISO_MILLIS.matcher(before.getString("lastLoginAt")).matches(), "the login was counted: " + before);

        String a = user.newChat("a");
        String b = user.newChat("b");
        assertEquals(200, user.send(a, "one").status());
        assertEquals(200, user.send(a, "two").status());
        assertEquals(200, user.send(b, "three").status());
        assertEquals(200, user.http().delete("/api/chats/" + b).status());

        JsonObject stats = user.stats();
        assertEquals(2, stats.getInt("totalChats"), "every chat created, the deleted one too");
        assertEquals(3, stats.getInt("totalMessages"), "the user's messages; the assistant's replies are not counted");
        assertEquals(stats, Checks.requireListed(Accounts.admin(), user.username()).getJsonObject("stats"));
        assertEquals(4, user.http().get("/api/chats").array().getJsonObject(0).getInt("messageCount"), "a chat counts both sides");
    }
}
