package navaa.assistant.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import navaa.assistant.control.ChatInput;
import navaa.identity.boundary.CurrentCaller;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doc 004's chat endpoints, exactly as documented; the limits and the replies are the facade's. */
@Path("api/chats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chat")
public class ChatsResource {

    @Inject
    Chats chats;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The caller's chats, newest first: id, subject, createdAt, messageCount")
    public JsonArray list() {
        return JsonAnswers.array(chats.of(current.require()), ChatJson::summary);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a chat: subject (required, at most 100 characters); 403 at the maxChats limit")
    public Response create(JsonObject body) {
        String subject = ChatInput.subject(text(body, "subject"));
        return Response.status(Response.Status.CREATED)
                .entity(ChatJson.withMessages(chats.create(current.require(), subject))).build();
    }

    @GET
    @Path("{chatId}")
    @Operation(summary = "A chat with its messages in order")
    public JsonObject one(@PathParam("chatId") String chatId) {
        return ChatJson.withMessages(chats.find(current.require(), chatId));
    }

    @DELETE
    @Path("{chatId}")
    @Operation(summary = "Deletes a chat and its messages")
    public JsonObject delete(@PathParam("chatId") String chatId) {
        chats.delete(current.require(), chatId);
        return JsonAnswers.SUCCESS;
    }

    @POST
    @Path("{chatId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends a message (content, at most 4000 characters) and answers it with the language model;"
            + " 403 at the maxMessagesPerChat limit, 500 when no model replied (the message stays stored)")
    public JsonObject send(@PathParam("chatId") String chatId, JsonObject body) {
        String content = ChatInput.content(text(body, "content"), text(body, "role"), body != null && body.containsKey("role") && !body.isNull("role"));
        Chats.Exchange exchange = chats.send(current.require(), chatId, content);
        return Json.createObjectBuilder()
                .add("userMessage", ChatJson.message(exchange.question()))
                .add("assistantMessage", ChatJson.message(exchange.answer()))
                .build();
    }

    private static String text(JsonObject body, String field) {
        return body != null && body.get(field) instanceof JsonString s ? s.getString() : null;
    }
}
