package navaa.integration.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import navaa.integration.control.MessageSignature.Purpose;
import navaa.integration.control.ProcessingUpdate;

import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Every server instance subscribes to the job-events topic (non-durable: a socket only
 * wants what happens while it is open) and hands each event to the owner's open sockets.
 * Only events the platform signed are forwarded: whoever else can publish on the topic (an
 * account that got into the broker) must not reach a user's socket. A rejection of an
 * integration's request has no owner and goes to no socket.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/navaa/JobEvents"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/navaa/ConnectionFactory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class JobEventsListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(JobEventsListener.class.getName());

    @Inject
    ProcessingSessions sessions;

    @Inject
    PlatformSignatures signatures;

    @Override
    public void onMessage(Message message) {
        String body;
        try {
            body = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            dropped(message, "not a text message");
            return;
        }
        if (!signatures.signed(Purpose.JOB_EVENT, body, message)) {
            dropped(message, "not signed by the platform");
            return;
        }
        JsonObject event;
        try {
            event = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            dropped(message, "not a JSON object");
            return;
        }
        JsonObject data = event.getJsonObject("data");
        if (data != null && data.get("owner_id") instanceof JsonNumber owner) {
            sessions.send(owner.longValue(), ProcessingUpdate.of(event).toString());
        }
    }

    /** A warning: someone other than the platform publishes on the topic, which the broker's rules should prevent. */
    private static void dropped(Message message, String why) {
        String id;
        try {
            id = message.getJMSMessageID();
        } catch (JMSException e) {
            id = "?";
        }
        String messageId = id;
        LOG.warning(() -> "dropped job event " + messageId + " from the events topic: " + why);
    }
}
