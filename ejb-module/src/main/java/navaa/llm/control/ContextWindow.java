package navaa.llm.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Fits a stored conversation into the model's context budget: the optional system prompt,
 * then as many of the newest turns as fit by {@link TokenEstimate}, and always the user's
 * new message, even when it alone is over the budget (refusing it would strand the user;
 * the model server then says if it really is too long).
 */
public final class ContextWindow {

    private final int budgetTokens;
    private final Optional<String> systemPrompt;

    /**
     * @param budgetTokens tokens the prompt may take (NAVAA_LLM_CONTEXT_TOKENS), system prompt included
     * @param systemPrompt sent first when present (NAVAA_LLM_SYSTEM_PROMPT)
     */
    public ContextWindow(int budgetTokens, Optional<String> systemPrompt) {
        if (budgetTokens <= 0) {
            throw new IllegalArgumentException("budgetTokens must be positive: " + budgetTokens);
        }
        this.budgetTokens = budgetTokens;
        this.systemPrompt = systemPrompt.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * @param history the chat's messages, oldest first, ending with the user's new message
     * @return what to send, oldest first
     */
    public List<ChatTurn> fit(List<ChatTurn> history) {
        List<ChatTurn> turns = alternating(history);
        if (turns.isEmpty() || turns.get(turns.size() - 1).role() != ChatTurn.Role.USER) {
            throw new IllegalArgumentException("a conversation to complete ends with the user's message");
        }
        Deque<ChatTurn> kept = new ArrayDeque<>();
        ChatTurn newest = turns.get(turns.size() - 1);
        kept.addFirst(newest);
        int used = systemPrompt.map(p -> TokenEstimate.PER_MESSAGE + TokenEstimate.of(p)).orElse(0) + TokenEstimate.of(newest);
        for (int i = turns.size() - 2; i >= 0; i--) {
            int cost = TokenEstimate.of(turns.get(i));
            if (used + cost > budgetTokens) {
                break;
            }
            used += cost;
            kept.addFirst(turns.get(i));
        }
        // chat templates expect the user to speak first
        while (kept.peekFirst().role() == ChatTurn.Role.ASSISTANT) {
            kept.removeFirst();
        }
        List<ChatTurn> fitted = new ArrayList<>(kept.size() + 1);
        systemPrompt.ifPresent(p -> fitted.add(ChatTurn.system(p)));
        fitted.addAll(kept);
        return fitted;
    }

    /**
     * Joins neighbours of the same role. A question whose reply failed stays stored without
     * one, so the next question follows it directly; strict chat templates (Mistral's, for
     * one) refuse two user turns in a row, and the model should see both questions anyway.
     */
    static List<ChatTurn> alternating(List<ChatTurn> history) {
        List<ChatTurn> joined = new ArrayList<>(history.size());
        for (ChatTurn turn : history) {
            if (turn.role() == ChatTurn.Role.SYSTEM) {
                continue;
            }
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).role() == turn.role()) {
                joined.set(last, new ChatTurn(turn.role(), joined.get(last).content() + "\n\n" + turn.content()));
            } else {
                joined.add(turn);
            }
        }
        return joined;
    }
}
