package navaa.llm.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContextWindowTest {

    /** 30 ASCII characters: 10 tokens, 14 with the message's framing. */
    private static String text(char c) {
        return String.valueOf(c).repeat(30);
    }

    private static final List<ChatTurn> HISTORY = List.of(
            ChatTurn.user(text('a')), ChatTurn.assistant(text('b')),
            ChatTurn.user(text('c')), ChatTurn.assistant(text('d')),
            ChatTurn.user(text('e')));

    @Test
    void everythingThatFitsIsSentInOrder() {
        assertEquals(HISTORY, new ContextWindow(1000, Optional.empty()).fit(HISTORY));
    }

    @Test
    void theOldestTurnsGoFirst() {
        // 3 turns of 14 tokens fit in 45, four do not
        assertEquals(HISTORY.subList(2, 5), new ContextWindow(45, Optional.empty()).fit(HISTORY));
    }

    @Test
    void theConversationSentStartsWithTheUser() {
        // four turns fit in 56, but the oldest of them is a reply to a question no longer sent
        assertEquals(HISTORY.subList(2, 5), new ContextWindow(56, Optional.empty()).fit(HISTORY));
    }

    @Test
    void theSystemPromptComesFirstAndCountsAgainstTheBudget() {
        // the prompt costs 4 + 10; with it only the newest question and the reply before it fit in 45... which starts with the assistant
        List<ChatTurn> fitted = new ContextWindow(45, Optional.of(" " + text('s') + " ")).fit(HISTORY);
        assertEquals(List.of(ChatTurn.system(text('s')), HISTORY.get(4)), fitted);
        assertEquals(List.of(ChatTurn.system(text('s')), HISTORY.get(2), HISTORY.get(3), HISTORY.get(4)),
                new ContextWindow(56, Optional.of(text('s'))).fit(HISTORY));
    }

    @Test
    void theNewMessageIsSentEvenWhenItAloneIsOverTheBudget() {
        ChatTurn huge = ChatTurn.user("x".repeat(3000));
        assertEquals(List.of(huge), new ContextWindow(100, Optional.empty()).fit(List.of(ChatTurn.user("hi"), ChatTurn.assistant("hello"), huge)));
    }

    @Test
    void aBlankSystemPromptIsNone() {
        assertEquals(List.of(ChatTurn.user("hi")), new ContextWindow(100, Optional.of("  ")).fit(List.of(ChatTurn.user("hi"))));
    }

    @Test
    void questionsLeftWithoutAReplyAreJoinedWithTheNextOne() {
        List<ChatTurn> history = List.of(ChatTurn.user("first?"), ChatTurn.assistant("yes"), ChatTurn.user("second?"), ChatTurn.user("third?"));
        assertEquals(List.of(ChatTurn.user("first?"), ChatTurn.assistant("yes"), ChatTurn.user("second?\n\nthird?")),
                new ContextWindow(1000, Optional.empty()).fit(history));
    }

    @Test
    void aConversationMustEndWithTheUser() {
        ContextWindow window = new ContextWindow(1000, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> window.fit(List.of()));
        assertThrows(IllegalArgumentException.class, () -> window.fit(List.of(ChatTurn.user("q"), ChatTurn.assistant("a"))));
        assertThrows(IllegalArgumentException.class, () -> new ContextWindow(0, Optional.empty()));
    }
}
