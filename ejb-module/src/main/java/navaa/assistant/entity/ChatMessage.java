package navaa.assistant.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import navaa.llm.control.ChatTurn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A message of a chat: the user's, or the assistant's reply. */
@Entity
@Table(name = "chat_messages")
public class ChatMessage {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id")
    private Chat chat;

    private int position;

    @Enumerated(EnumType.STRING)
    private ChatTurn.Role role;

    private String content;

    private Instant createdAt;

    protected ChatMessage() {
    }

    ChatMessage(String id, Chat chat, int position, ChatTurn.Role role, String content) {
        this.id = id;
        this.chat = chat;
        this.position = position;
        this.role = role;
        this.content = content;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public ChatTurn turn() {
        return new ChatTurn(role, content);
    }

    public String getId() { return id; }
    public int getPosition() { return position; }
    public ChatTurn.Role getRole() { return role; }
    public String getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
}
