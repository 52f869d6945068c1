package navaa.admin.control;

import java.util.Optional;

/**
 * How many messages wait in one queue, as a browser counted them. {@code more} says the
 * count stopped at its limit; {@code error} why the queue could not be browsed.
 */
public record QueueDepth(String name, Optional<String> jndi, boolean deadLetters, Optional<Long> messages, boolean more,
                         Optional<String> error) {

    public static QueueDepth counted(String name, Optional<String> jndi, boolean deadLetters, long messages, boolean more) {
        return new QueueDepth(name, jndi, deadLetters, Optional.of(messages), more, Optional.empty());
    }

    public static QueueDepth unknown(String name, Optional<String> jndi, boolean deadLetters, String error) {
        return new QueueDepth(name, jndi, deadLetters, Optional.empty(), false, Optional.of(error));
    }
}
