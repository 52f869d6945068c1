package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Doc 004's complete example (log in, create a chat, send a message), copied unchanged from
 * the document into {@code src/test/js/doc004-example.js}, runs in Chromium in a page of
 * this server, with the test's OpenAI-compatible stand-in as the domain's language model.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentChatExampleIT {

    /** The example's own credentials. */
    private static final String USERNAME = "user123";
    private static final String PASSWORD = "password123";
    private static final String REPLY = "با JAX-RS یک کلاس منبع بنویسید و مسیرها را با @Path تعریف کنید.";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void theDocumentsJavaScriptExampleRunsUnchanged() throws Exception {
        Http.Reply created = Accounts.admin().postJson("/api/admin/users",
                "{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created::toString);

        try (ModelStandIn model = ModelStandIn.start()) {
            model.replies(REPLY);
            JsonObject outcome = runExample();

            assertEquals(200, outcome.getInt("login"), outcome::toString);
            assertEquals(201, outcome.getInt("chat"), outcome::toString);
            assertEquals(200, outcome.getInt("message"), outcome::toString);
            JsonObject user = outcome.getJsonObject("messageBody").getJsonObject("userMessage");
            JsonObject assistant = outcome.getJsonObject("messageBody").getJsonObject("assistantMessage");
            assertEquals("user", user.getString("role"));
            assertEquals("چطور می‌تونم یک API ایجاد کنم؟", user.getString("content"));
            assertEquals("assistant", assistant.getString("role"));
            assertEquals(REPLY, assistant.getString("content"));
            assertEquals(List.of("user: چطور می‌تونم یک API ایجاد کنم؟"), model.last().conversation().stream()
                    .filter(line -> !line.startsWith("system: ")).toList(), "the model was asked the example's question");

            JsonObject chat = outcome.getJsonObject("chatAfter");
            assertEquals(outcome.getString("chatId"), chat.getString("id"));
            assertEquals("سوال در مورد برنامه‌نویسی", chat.getString("subject"));
            JsonArray messages = chat.getJsonArray("messages");
            assertEquals(2, messages.size(), chat::toString);
            assertEquals(user.getString("id"), messages.getJsonObject(0).getString("id"));
            assertEquals(assistant.getString("id"), messages.getJsonObject(1).getString("id"));
        }
    }

    private static JsonObject runExample() throws Exception {
        String output = BrowserScripts.run("doc004-example.mjs", Map.of(), Duration.ofMinutes(2));
        String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(output));
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
