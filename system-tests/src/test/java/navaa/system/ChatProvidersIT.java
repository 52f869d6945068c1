package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static navaa.system.Checks.chatError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language model failing in each way a real one can: an error status, an answer that is
 * not a completion, too slow, not there at all. Doc 004's 500 then says what happened and
 * which setting to look at; the user's message stays stored and no reply is invented.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatProvidersIT {

    private ModelStandIn model;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeEach
    void startModel() {
        model = ModelStandIn.start();
    }

    @AfterEach
    void stopModel() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void anErrorFromTheModelServerIs500AndTheQuestionStaysStored() {
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("errors");
        model.answers(500, "{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"server_error\"}}", 0);

        JsonObject error = chatError(user.send(chat, "are you there?"), 500, "LLM_FAILED", null);

        assertTrue(error.getString("error").contains("the model server answered HTTP 500: CUDA out of memory"), error::toString);
        assertTrue(error.getString("error").contains("NAVAA_LLM_BASE_URL"), error::toString);
        assertOnlyTheQuestionIsStored(user, chat, "are you there?");
        assertEquals(1, user.stats().getInt("totalMessages"), "the question was sent, and counts");
    }

    @Test
    void anAnswerThatIsNotACompletionIs500() {
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("malformed");
        model.answers(200, "{\"choices\": [ {\"message\": ", 0);

        JsonObject error = chatError(user.send(chat, "hello", "Accept-Language", "fa"), 500, "LLM_FAILED", null);

        assertTrue(error.getString("error").startsWith("خطا در ارتباط با مدل زبانی"), error::toString);
        assertTrue(error.getString("error").contains("not a chat completion"), error::toString);
        assertOnlyTheQuestionIsStored(user, chat, "hello");
    }

    @Test
    void aModelSlowerThanTheTimeoutIs500WithTheSettingToRaise() {
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("slow");
        model.answers(200, ModelStandIn.completion("too late"), (ModelStandIn.TIMEOUT_SECONDS + 3) * 1000L);
        long start = System.nanoTime();

        Http.Reply reply = user.send(chat, "take your time");

        double seconds = (System.nanoTime() - start) / 1e9;
        JsonObject error = chatError(reply, 500, "LLM_TIMEOUT",
                "Error communicating with the language model: no reply within " + ModelStandIn.TIMEOUT_SECONDS
                        + " seconds (NAVAA_LLM_TIMEOUT_S). Your message is saved; try again, or the administrator raises NAVAA_LLM_TIMEOUT_S.");
        assertTrue(seconds >= ModelStandIn.TIMEOUT_SECONDS - 0.5 && seconds < ModelStandIn.TIMEOUT_SECONDS + 2.5,
                "answered after " + seconds + " s: " + error);
        assertOnlyTheQuestionIsStored(user, chat, "take your time");
    }

    @Test
    void aModelServerThatIsDownIs500AndTheNextQuestionCarriesTheUnansweredOne() {
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("down");
        model.close();
        model = null;

        JsonObject error = chatError(user.send(chat, "first question"), 500, "LLM_UNREACHABLE", null);
        assertTrue(error.getString("error").contains("NAVAA_LLM_BASE_URL"), error::toString);
        JsonObject fa = chatError(user.send(chat, "second question", "Accept-Language", "fa"), 500, "LLM_UNREACHABLE", null);
        assertTrue(fa.getString("error").contains("در دسترس نیست") && fa.getString("error").contains("NAVAA_LLM_BASE_URL"), fa::toString);
        JsonArray stored = user.chat(chat).getJsonArray("messages");
        assertEquals(List.of("user", "user"), stored.stream().map(m -> m.asJsonObject().getString("role")).toList());

        // back up: the model sees both questions nobody answered, joined into one turn
        model = ModelStandIn.start();
        model.replies("Answers to all three.");
        Http.Reply answered = user.send(chat, "third question");
        assertEquals(200, answered.status(), answered::toString);
        assertEquals(List.of("system: You are Navaa's assistant.", "user: first question\n\nsecond question\n\nthird question"),
                model.last().conversation());
        assertEquals(4, user.chat(chat).getJsonArray("messages").size());
    }

    @Test
    void theHistorySentIsTrimmedToTheTokenBudgetKeepingTheNewest() {
        // the domain's NAVAA_LLM_CONTEXT_TOKENS is 1000; each of these questions is estimated at 404 tokens
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("long");
        String[] questions = {"a".repeat(1200), "b".repeat(1200), "c".repeat(1200)};
        for (int i = 0; i < questions.length; i++) {
            model.replies("r" + i);
            assertEquals(200, user.send(chat, questions[i]).status());
        }

        assertEquals(List.of("system: You are Navaa's assistant.", "user: " + questions[1], "assistant: r1", "user: " + questions[2]),
                model.last().conversation(), "the oldest question and its reply no longer fit");
        assertEquals(6, user.chat(chat).getJsonArray("messages").size(), "every message is still stored");
    }

    private static void assertOnlyTheQuestionIsStored(ChatSessions.User user, String chat, String question) {
        JsonArray messages = user.chat(chat).getJsonArray("messages");
        assertEquals(1, messages.size(), messages::toString);
        assertEquals("user", messages.getJsonObject(0).getString("role"));
        assertEquals(question, messages.getJsonObject(0).getString("content"));
        assertEquals(1, user.http().get("/api/chats").array().getJsonObject(0).getInt("messageCount"));
    }
}
