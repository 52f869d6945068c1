package navaa.llm.control;

import java.util.List;

/** A model that writes the next assistant message of a conversation. */
public interface LanguageModel extends AutoCloseable {

    /**
     * @param conversation the turns to send, oldest first, already fitted to the context
     *                     budget ({@link ContextWindow}); the last one is the user's new message
     * @return the assistant's reply
     * @throws LanguageModelException why there is no reply
     */
    String complete(List<ChatTurn> conversation);

    /** Frees what the model holds (native memory for an in-process model). */
    @Override
    default void close() {
    }
}
