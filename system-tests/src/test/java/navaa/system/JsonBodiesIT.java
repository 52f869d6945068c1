package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body that is valid JSON but not an object ({@code [1,2,3]}, {@code "x"}, {@code 3},
 * {@code null}) was a 500 at every JSON endpoint: it is the client's 400, in the family's
 * shape, wherever a JSON body is read; a form-only endpoint sent one without a
 * Content-Type is a 415, not a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonBodiesIT {

    private static final List<String> NOT_OBJECTS = List.of("[1,2,3]", "\"x\"", "3", "null", "true", "{\"a\":1} [2]");
    private static final String PASSWORD = "json-bodies-pw-1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void everyJsonReaderRefusesWhatIsNotAnObject() {
        Http admin = Accounts.admin();
        String username = Accounts.createUser(admin, PASSWORD, null);
        Http user = Accounts.jsonLogin(username, PASSWORD);
        String chat = user.postJson("/api/chats", "{\"subject\":\"json bodies\"}").json().getString("id");
        Http audio = Accounts.formLogin(username, PASSWORD);
        audio.with("X-CSRFToken", audio.cookie("csrftoken"));
        for (String body : NOT_OBJECTS) {
            Checks.chatError(new Http().postJson("/api/auth/login", body), 400, "BAD_REQUEST", null);
            Checks.clinicError(new Http().postJson("/api/v1/auth/token/", body), 400, "BAD_REQUEST");
            Checks.clinicError(new Http().postJson("/api/v1/auth/refresh/", body), 400, "BAD_REQUEST");
            Checks.clinicError(new Http().postJson("/api/v1/auth/logout/", body), 400, "BAD_REQUEST");
            Checks.contentError(new Http().postJson("/api/auth/token/", body), 400, "BAD_REQUEST");
            Checks.chatError(admin.postJson("/api/admin/users", body), 400, "BAD_REQUEST", null);
            Checks.chatError(admin.putJson("/api/admin/users/any-name", body), 400, "BAD_REQUEST", null);
            Checks.chatError(admin.putJson("/api/admin/users/" + username, body), 400, "BAD_REQUEST", null);
            Checks.chatError(admin.postJson("/api/admin/api-keys", body), 400, "BAD_REQUEST", null);
            Checks.chatError(user.postJson("/api/chats", body), 400, "BAD_REQUEST", null);
            Checks.chatError(user.postJson("/api/chats/" + chat + "/messages", body), 400, "BAD_REQUEST", null);
            Checks.chatError(user.postJson("/api/chats/no-such-chat/messages", body), 400, "BAD_REQUEST", null);
            Checks.audioError(audio.postJson("/api/diarization/voice-databases/", body), 400, "BAD_REQUEST");
            Http.Reply imported = audio.postJson("/api/diarization/voice-databases/import", body);
            assertEquals(400, imported.status(), imported::toString);
            Checks.audioError(audio.post("/accounts/login/", null, body), 415, "UNSUPPORTED_CONTENT_TYPE");
            Checks.audioError(audio.postJson("/accounts/login/", body), 415, "UNSUPPORTED_CONTENT_TYPE");
        }
        assertEquals(0, user.get("/api/chats/" + chat).json().getJsonArray("messages").size(), "nothing was stored");
    }

    @Test
    void aFormEndpointWithoutAContentTypeIsUnsupportedNotAFailure() {
        Checks.audioError(new Http().post("/accounts/login/", null, null), 415, "UNSUPPORTED_CONTENT_TYPE");
        Checks.contentError(new Http().post("/api/auth/token/", null, "username=a&password=b"), 415, "UNSUPPORTED_CONTENT_TYPE");
        Checks.audioError(new Http().postForm("/accounts/login/", Map.of()), 400, "CREDENTIALS_REQUIRED");
    }
}
