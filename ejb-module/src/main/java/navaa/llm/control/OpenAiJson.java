package navaa.llm.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.List;
import java.util.Optional;

/** The OpenAI chat-completions JSON: the request we send and the parts of the answer we read. */
public final class OpenAiJson {

    /** How much of an unreadable answer goes into the error, so the administrator can tell what answered. */
    static final int SNIPPET = 200;

    private OpenAiJson() {
    }

    /** {@code {"model"?, "messages": [{"role","content"}], "max_tokens", "stream": false}}. */
    public static String request(Optional<String> model, List<ChatTurn> conversation, int maxReplyTokens) {
        JsonObject body = new JsonObject();
        model.ifPresent(m -> body.addProperty("model", m));
        JsonArray messages = new JsonArray();
        for (ChatTurn turn : conversation) {
            JsonObject message = new JsonObject();
            message.addProperty("role", turn.role().wire());
            message.addProperty("content", turn.content());
            messages.add(message);
        }
        body.add("messages", messages);
        body.addProperty("max_tokens", maxReplyTokens);
        body.addProperty("stream", false);
        return body.toString();
    }

    /**
     * The first choice's message content.
     *
     * @throws LanguageModelException {@code FAILED} when the answer is not a chat completion with text
     */
    public static String reply(String answer) {
        try {
            JsonObject completion = JsonParser.parseString(answer).getAsJsonObject();
            JsonArray choices = completion.getAsJsonArray("choices");
            if (choices == null || choices.isEmpty()) {
                throw notACompletion("it has no choices", answer);
            }
            JsonElement message = choices.get(0).getAsJsonObject().get("message");
            JsonElement content = message == null || !message.isJsonObject() ? null : message.getAsJsonObject().get("content");
            if (content == null || !content.isJsonPrimitive() || !content.getAsJsonPrimitive().isString()) {
                throw notACompletion("its first choice has no message content", answer);
            }
            return content.getAsString();
        } catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
            throw notACompletion("it is not JSON of that shape", answer);
        }
    }

    /** What an error answer says: OpenAI's {"error":{"message"}}, vLLM's {"message"}, FastAPI's {"detail"}, else the text. */
    public static String errorMessage(String answer) {
        try {
            JsonElement parsed = JsonParser.parseString(answer);
            if (parsed.isJsonObject()) {
                JsonObject body = parsed.getAsJsonObject();
                JsonElement error = body.get("error");
                if (error != null && error.isJsonObject() && text(error.getAsJsonObject().get("message")).isPresent()) {
                    return text(error.getAsJsonObject().get("message")).get();
                }
                for (String field : new String[]{"error", "message", "detail"}) {
                    Optional<String> text = text(body.get(field));
                    if (text.isPresent()) {
                        return text.get();
                    }
                }
            }
        } catch (JsonParseException e) {
            // not JSON: the text itself says most
        }
        return snippet(answer);
    }

    static String snippet(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.isEmpty() ? "(empty)" : flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }

    private static Optional<String> text(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                ? Optional.of(element.getAsString()) : Optional.empty();
    }

    private static LanguageModelException notACompletion(String why, String answer) {
        return new LanguageModelException(LanguageModelException.Reason.FAILED,
                "the model server's answer is not a chat completion (" + why + "): " + snippet(answer));
    }
}
