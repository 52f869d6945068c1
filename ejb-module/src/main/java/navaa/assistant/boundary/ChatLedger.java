package navaa.assistant.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.assistant.control.ChatIds;
import navaa.assistant.control.ChatLimits;
import navaa.assistant.entity.Chat;
import navaa.assistant.entity.ChatMessage;
import navaa.identity.entity.Account;
import navaa.llm.control.ChatTurn;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes of a chat, each its own short transaction that first locks the owner's account
 * row: every request that counts against a limit queues there, so a limit holds under
 * concurrent requests, and the account's stats move in the same transaction as what they count.
 */
@Stateless
public class ChatLedger {

    @PersistenceContext
    EntityManager em;

    /** The user's message as stored, and the conversation up to it for the model. */
    public record Question(ChatMessage message, List<ChatTurn> history) {
    }

    /** @throws NavaaException 403 at a limit or for an account no longer allowed, 404 for a chat not the caller's */
    public Question ask(long accountId, String chatId, String content) {
        Account account = lockedAccount(accountId);
        Chat chat = lockedChat(chatId, accountId);
        ChatLimits.forNewMessage(account, chat.getUserMessageCount(), LocalDate.now()).ifPresent(code -> {
            throw new NavaaException(code);
        });
        List<ChatTurn> history = new ArrayList<>(chat.turns());
        ChatMessage message = chat.add(ChatIds.next(), ChatTurn.Role.USER, content);
        history.add(message.turn());
        em.createQuery("update Account a set a.totalMessages = a.totalMessages + 1 where a.id = :id")
                .setParameter("id", accountId).executeUpdate();
        return new Question(message, history);
    }

    /** Stores the model's reply at the end of the chat; 404 when the chat was deleted meanwhile. */
    public ChatMessage answer(long accountId, String chatId, String reply) {
        lockedAccount(accountId);
        return lockedChat(chatId, accountId).add(ChatIds.next(), ChatTurn.Role.ASSISTANT, reply);
    }

    /**
     * Counts a new chat in the creating transaction. A bulk update, which leaves the row's
     * version alone: a login writing lastLoginAt meanwhile must not fail on it.
     */
    public void countChat(long accountId) {
        em.createQuery("update Account a set a.totalChats = a.totalChats + 1 where a.id = :id")
                .setParameter("id", accountId).executeUpdate();
    }

    /** The account, its row locked until the transaction ends. */
    public Account lockedAccount(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NavaaException(ErrorCode.UNAUTHORIZED));
    }

    /** The chat if it is the account's; else 404, exactly as for an id that does not exist. */
    public Chat owned(String chatId, long accountId) {
        return mine(chatId == null ? null : em.find(Chat.class, chatId), accountId);
    }

    private Chat lockedChat(String chatId, long accountId) {
        return mine(chatId == null ? null : em.find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE), accountId);
    }

    private static Chat mine(Chat chat, long accountId) {
        return Optional.ofNullable(chat).filter(c -> c.ownerId() == accountId)
                .orElseThrow(() -> new NavaaException(ErrorCode.CHAT_NOT_FOUND));
    }
}
