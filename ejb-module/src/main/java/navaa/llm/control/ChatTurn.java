package navaa.llm.control;

import java.util.Objects;

/** One message of a conversation as a model sees it. */
public record ChatTurn(Role role, String content) {

    public enum Role {
        SYSTEM("system"), USER("user"), ASSISTANT("assistant");

        private final String wire;

        Role(String wire) {
            this.wire = wire;
        }

        /** The role's name in the OpenAI chat format (and in doc 004's messages). */
        public String wire() {
            return wire;
        }
    }

    public ChatTurn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatTurn user(String content) {
        return new ChatTurn(Role.USER, content);
    }

    public static ChatTurn assistant(String content) {
        return new ChatTurn(Role.ASSISTANT, content);
    }

    public static ChatTurn system(String content) {
        return new ChatTurn(Role.SYSTEM, content);
    }
}
