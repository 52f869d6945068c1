package navaa.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import navaa.identity.boundary.AdminOnly;
import navaa.platform.boundary.JsonAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JMS queues' depths: job requests waiting, and dead messages. */
@Path("api/admin/queues")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminQueuesResource {

    @Inject
    QueueDepths depths;

    @GET
    @Operation(summary = "{queues: [{name, jndi, deadLetters, messages, more, error}]}")
    public JsonObject list() {
        return JsonAnswers.wrapped("queues", depths.all(), AdminJson::queue);
    }
}
