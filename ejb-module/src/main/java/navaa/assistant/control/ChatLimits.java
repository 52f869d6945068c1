package navaa.assistant.control;

import navaa.identity.entity.Account;
import navaa.platform.control.ErrorCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Doc 004's checkUserLimits: inactive, expired, then the count the request would exceed.
 * The limits are quotas: {@code maxChats} counts every chat the user has created
 * ({@code totalChats}, which deleting a chat does not give back), {@code maxMessagesPerChat}
 * the messages the user has sent in that chat (replies are not counted: the user decides how
 * many questions to ask, not whether a reply arrives). Null means unlimited. The caller holds
 * the account's row lock, so two requests cannot both take the last place.
 */
public final class ChatLimits {

    private ChatLimits() {
    }

    public static Optional<ErrorCode> forNewChat(Account account, LocalDate today) {
        return account.refusal(today).or(() -> reached(account.getMaxChats(), account.getTotalChats())
                ? Optional.of(ErrorCode.CHAT_LIMIT_REACHED) : Optional.empty());
    }

    /** @param sentInChat the messages the user has already sent in the chat */
    public static Optional<ErrorCode> forNewMessage(Account account, int sentInChat, LocalDate today) {
        return account.refusal(today).or(() -> reached(account.getMaxMessagesPerChat(), sentInChat)
                ? Optional.of(ErrorCode.MESSAGE_LIMIT_REACHED) : Optional.empty());
    }

    private static boolean reached(Integer limit, int used) {
        return limit != null && used >= limit;
    }
}
