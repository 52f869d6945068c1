package navaa.assistant.control;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatInputTest {

    private static NavaaException refused(Runnable input) {
        return assertThrows(NavaaException.class, input::run);
    }

    @Test
    void aSubjectIsRequiredAndAtMost100Characters() {
        assertEquals("سوال در مورد برنامه‌نویسی", ChatInput.subject("  سوال در مورد برنامه‌نویسی "));
        assertEquals("x".repeat(100), ChatInput.subject("x".repeat(100)));
        for (String missing : new String[]{null, "", "   "}) {
            NavaaException e = refused(() -> ChatInput.subject(missing));
            assertEquals(ErrorCode.CHAT_SUBJECT_REQUIRED, e.code());
            assertTrue(e.fieldErrors().containsKey("subject"));
        }
        NavaaException tooLong = refused(() -> ChatInput.subject("x".repeat(101)));
        assertEquals(ErrorCode.VALIDATION_ERROR, tooLong.code());
        assertTrue(tooLong.fieldErrors().containsKey("subject"));
    }

    @Test
    void contentIsRequiredAtMost4000CharactersAndKeptAsSent() {
        assertEquals("  code:\n\tx = 1\n", ChatInput.content("  code:\n\tx = 1\n", null, false));
        assertEquals("س".repeat(4000), ChatInput.content("س".repeat(4000), "user", true));
        assertEquals(ErrorCode.MESSAGE_CONTENT_REQUIRED, refused(() -> ChatInput.content(null, null, false)).code());
        assertEquals(ErrorCode.MESSAGE_CONTENT_REQUIRED, refused(() -> ChatInput.content(" \n ", "user", true)).code());
        NavaaException tooLong = refused(() -> ChatInput.content("x".repeat(4001), null, false));
        assertEquals(ErrorCode.VALIDATION_ERROR, tooLong.code());
        assertTrue(tooLong.fieldErrors().containsKey("content"));
        assertEquals("At most 4000 characters.", tooLong.fieldErrors().get("content").text(Locale.ENGLISH), "no digit grouping");
    }

    @Test
    void aClientCannotWriteTheAssistantsPart() {
        for (String role : new String[]{"assistant", "system", "USER", null}) {
            NavaaException e = refused(() -> ChatInput.content("hi", role, true));
            assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
            assertTrue(e.fieldErrors().containsKey("role"));
        }
    }
}
