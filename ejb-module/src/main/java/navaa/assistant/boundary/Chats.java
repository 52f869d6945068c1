package navaa.assistant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.assistant.control.ChatIds;
import navaa.assistant.control.ChatLimits;
import navaa.assistant.entity.Chat;
import navaa.assistant.entity.ChatMessage;
import navaa.identity.entity.Caller;
import navaa.llm.boundary.LanguageModels;
import navaa.platform.control.NavaaException;

import java.time.LocalDate;
import java.util.List;

/**
 * Doc 004's chats as their owner sees them. A chat is its owner's alone, admins included
 * (doc 004: "user isolation for chats"): another user's chat id is 404 like a missing one.
 */
@Stateless
public class Chats {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatLedger ledger;

    @Inject
    LanguageModels models;

    /** The question as stored and the reply to it. */
    public record Exchange(ChatMessage question, ChatMessage answer) {
    }

    public List<Chat> of(Caller caller) {
        return em.createNamedQuery(Chat.OF_OWNER, Chat.class).setParameter("owner", caller.accountId()).getResultList();
    }

    /** @throws NavaaException 403 with doc 004's reason when the account may not open another chat */
    public Chat create(Caller caller, String subject) {
        ChatLimits.forNewChat(ledger.lockedAccount(caller.accountId()), LocalDate.now()).ifPresent(code -> {
            throw new NavaaException(code);
        });
        Chat chat = new Chat(ChatIds.next(), caller.accountId(), subject);
        em.persist(chat);
        ledger.countChat(caller.accountId());
        return chat;
    }

    /** The chat with its messages in order. */
    public Chat find(Caller caller, String chatId) {
        Chat chat = ledger.owned(chatId, caller.accountId());
        chat.getMessages().forEach(ChatMessage::getContent);
        return chat;
    }

    public void delete(Caller caller, String chatId) {
        em.remove(ledger.owned(chatId, caller.accountId()));
    }

    /**
     * Stores the user's message, asks the model, stores its reply. Three steps and not one
     * transaction: the message stays stored when the model fails (doc 004's 500 then says
     * why), and no lock is held while the model writes.
     *
     * @throws NavaaException 403 at a limit, 404 for a chat not the caller's, 500 with the
     *                        LLM_* code when no reply came
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Exchange send(Caller caller, String chatId, String content) {
        ChatLedger.Question question = ledger.ask(caller.accountId(), chatId, content);
        String reply = models.reply(question.history());
        return new Exchange(question.message(), ledger.answer(caller.accountId(), chatId, reply));
    }
}
