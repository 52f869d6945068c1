package navaa.assistant.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import navaa.llm.control.ChatTurn;
import navaa.platform.control.Owned;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** One of a user's conversations with the assistant. */
@Entity
@Table(name = "chats")
@NamedQuery(name = Chat.OF_OWNER, query = "select c from Chat c where c.ownerId = :owner order by c.createdAt desc, c.id")
public class Chat implements Owned {

    public static final String OF_OWNER = "Chat.ofOwner";

    @Id
    private String id;

    @Column(name = "account_id")
    private long ownerId;

    private String subject;

    private int messageCount;

    private int userMessageCount;

    private Instant createdAt;

    @OneToMany(mappedBy = "chat", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChatMessage> messages = new ArrayList<>();

    protected Chat() {
    }

    public Chat(String id, long ownerId, String subject) {
        this.id = id;
        this.ownerId = ownerId;
        this.subject = subject;
        // the database keeps milliseconds: the answer to the POST shows what a GET will
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Appends a message at the end of the conversation. */
    public ChatMessage add(String messageId, ChatTurn.Role role, String content) {
        ChatMessage message = new ChatMessage(messageId, this, messageCount, role, content);
        messages.add(message);
        messageCount++;
        if (role == ChatTurn.Role.USER) {
            userMessageCount++;
        }
        return message;
    }

    /** The conversation as the model sees it, oldest first. */
    public List<ChatTurn> turns() {
        return messages.stream().map(ChatMessage::turn).toList();
    }

    @Override
    public long ownerId() {
        return ownerId;
    }

    public String getId() { return id; }
    public String getSubject() { return subject; }
    public int getMessageCount() { return messageCount; }
    public int getUserMessageCount() { return userMessageCount; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ChatMessage> getMessages() { return List.copyOf(messages); }
}
