package navaa.assistant.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import navaa.assistant.entity.Chat;
import navaa.assistant.entity.ChatMessage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Doc 004's chat and message objects, field for field. */
final class ChatJson {

    /** "2025-08-14T10:30:00.000Z": UTC, always with milliseconds, as doc 004's examples. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChatJson() {
    }

    /** An item of GET /api/chats. */
    static JsonObject summary(Chat chat) {
        return Json.createObjectBuilder()
                .add("id", chat.getId())
                .add("subject", chat.getSubject())
                .add("createdAt", timestamp(chat.getCreatedAt()))
                .add("messageCount", chat.getMessageCount())
                .build();
    }

    /** GET /api/chats/:chatId, and POST /api/chats's 201 (with no messages yet). */
    static JsonObject withMessages(Chat chat) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        chat.getMessages().forEach(m -> messages.add(message(m)));
        return Json.createObjectBuilder()
                .add("id", chat.getId())
                .add("subject", chat.getSubject())
                .add("createdAt", timestamp(chat.getCreatedAt()))
                .add("messages", messages)
                .build();
    }

    static JsonObjectBuilder message(ChatMessage message) {
        return Json.createObjectBuilder()
                .add("id", message.getId())
                .add("role", message.getRole().wire())
                .add("content", message.getContent())
                .add("timestamp", timestamp(message.getCreatedAt()));
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
