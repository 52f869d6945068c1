package navaa.assistant.control;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.Map;

/** Doc 004's request fields for chats and messages, checked before anything is stored. */
public final class ChatInput {

    public static final int MAX_SUBJECT = 100;
    public static final int MAX_CONTENT = 4000;

    private ChatInput() {
    }

    /**
     * @param subject the JSON field as text, null when absent or not a string
     * @return the subject without surrounding white space
     */
    public static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw NavaaException.invalid(ErrorCode.CHAT_SUBJECT_REQUIRED, Map.of("subject", FieldError.of("field.required")));
        }
        String stripped = subject.strip();
        if (stripped.length() > MAX_SUBJECT) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("subject", FieldError.of("field.tooLong", String.valueOf(MAX_SUBJECT))));
        }
        return stripped;
    }

    /**
     * @param content the message as sent (kept as it is: white space can matter, in code for one)
     * @param role    doc 004's optional {@code "role"}: only {@code "user"}, as a client may not
     *                write the assistant's part
     */
    public static String content(String content, String role, boolean roleGiven) {
        if (roleGiven && !"user".equals(role)) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("role", FieldError.of("field.chatRole")));
        }
        if (content == null || content.isBlank()) {
            throw NavaaException.invalid(ErrorCode.MESSAGE_CONTENT_REQUIRED, Map.of("content", FieldError.of("field.required")));
        }
        if (content.length() > MAX_CONTENT) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("content", FieldError.of("field.tooLong", String.valueOf(MAX_CONTENT))));
        }
        return content;
    }
}
