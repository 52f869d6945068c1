package navaa.assistant.control;

import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.ErrorCode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 8, 14);

    private static Account account(Integer maxChats, Integer maxMessages, int totalChats) throws ReflectiveOperationException {
        Account account = new Account("user123", "hash", Set.of(Role.USER));
        account.setMaxChats(maxChats);
        account.setMaxMessagesPerChat(maxMessages);
        // the stats move only in the database (ChatLedger's bulk updates): set as if loaded
        Field total = Account.class.getDeclaredField("totalChats");
        total.setAccessible(true);
        total.setInt(account, totalChats);
        return account;
    }

    @Test
    void noLimitMeansUnlimited() throws Exception {
        assertEquals(Optional.empty(), ChatLimits.forNewChat(account(null, null, 1_000), TODAY));
        assertEquals(Optional.empty(), ChatLimits.forNewMessage(account(null, null, 0), 1_000, TODAY));
    }

    @Test
    void chatsCountEveryChatCreated() throws Exception {
        assertEquals(Optional.empty(), ChatLimits.forNewChat(account(3, null, 2), TODAY));
        assertEquals(Optional.of(ErrorCode.CHAT_LIMIT_REACHED), ChatLimits.forNewChat(account(3, null, 3), TODAY));
        assertEquals(Optional.of(ErrorCode.CHAT_LIMIT_REACHED), ChatLimits.forNewChat(account(0, null, 0), TODAY));
    }

    @Test
    void messagesCountWhatTheUserSentInTheChat() throws Exception {
        assertEquals(Optional.empty(), ChatLimits.forNewMessage(account(null, 2, 0), 1, TODAY));
        assertEquals(Optional.of(ErrorCode.MESSAGE_LIMIT_REACHED), ChatLimits.forNewMessage(account(null, 2, 0), 2, TODAY));
    }

    @Test
    void anInactiveOrExpiredAccountIsRefusedFirst() throws Exception {
        Account inactive = account(1, 1, 5);
        inactive.setActive(false);
        assertEquals(Optional.of(ErrorCode.ACCOUNT_INACTIVE), ChatLimits.forNewChat(inactive, TODAY));
        assertEquals(Optional.of(ErrorCode.ACCOUNT_INACTIVE), ChatLimits.forNewMessage(inactive, 5, TODAY));

        Account expired = account(1, 1, 5);
        expired.setExpiryDate(TODAY.minusDays(1));
        assertEquals(Optional.of(ErrorCode.ACCOUNT_EXPIRED), ChatLimits.forNewChat(expired, TODAY));
        expired.setExpiryDate(TODAY);
        assertEquals(Optional.of(ErrorCode.CHAT_LIMIT_REACHED), ChatLimits.forNewChat(expired, TODAY), "the expiry date is the last day that works");
    }
}
