package navaa.llm.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiJsonTest {

    @Test
    void theRequestCarriesModelMessagesAndLimit() {
        String json = OpenAiJson.request(Optional.of("llama3"), List.of(ChatTurn.user("a \"quoted\" line\nand more")), 100);
        assertEquals("{\"model\":\"llama3\",\"messages\":[{\"role\":\"user\",\"content\":\"a \\\"quoted\\\" line\\nand more\"}],"
                + "\"max_tokens\":100,\"stream\":false}", json);
    }

    @Test
    void theReplyIsTheFirstChoicesMessageContent() {
        assertEquals("first", OpenAiJson.reply("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"first\"}},"
                + "{\"message\":{\"content\":\"second\"}}],\"usage\":{\"total_tokens\":9}}"));
    }

    @Test
    void answersThatAreNotCompletionsFail() {
        for (String answer : new String[]{"", "not json", "[]", "{}", "{\"choices\":[]}", "{\"choices\":[{}]}",
                "{\"choices\":[{\"message\":{\"content\":null}}]}", "{\"choices\":[{\"message\":{\"content\":[1]}}]}",
                "{\"choices\":\"x\"}", "{\"choices\":[\"x\"]}"}) {
            LanguageModelException e = assertThrows(LanguageModelException.class, () -> OpenAiJson.reply(answer), answer);
            assertEquals(LanguageModelException.Reason.FAILED, e.reason(), answer);
            assertTrue(e.getMessage().startsWith("the model server's answer is not a chat completion"), e.getMessage());
        }
    }

    @Test
    void errorMessagesAreReadFromTheCommonShapes() {
        assertEquals("bad key", OpenAiJson.errorMessage("{\"error\":{\"message\":\"bad key\",\"type\":\"auth\"}}"));
        assertEquals("model not loaded", OpenAiJson.errorMessage("{\"error\":\"model not loaded\"}"));
        assertEquals("The model `x` does not exist.", OpenAiJson.errorMessage("{\"object\":\"error\",\"message\":\"The model `x` does not exist.\"}"));
        assertEquals("Not Found", OpenAiJson.errorMessage("{\"detail\":\"Not Found\"}"));
        assertEquals("<html> <body>502 Bad Gateway</body> </html>", OpenAiJson.errorMessage("<html>\n<body>502 Bad Gateway</body>\n</html>"));
        assertEquals("(empty)", OpenAiJson.errorMessage(""));
        String long500 = "x".repeat(1000);
        assertEquals(OpenAiJson.SNIPPET + 1, OpenAiJson.errorMessage(long500).length());
    }
}
