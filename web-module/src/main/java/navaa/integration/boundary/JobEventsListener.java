package navaa.integration.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.integration.control.ProcessingUpdate;

import java.io.StringReader;

/**
 * Every server instance subscribes to the job-events topic (non-durable: a socket only
 * wants what happens while it is open) and hands each event to the owner's open sockets.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/navaa/JobEvents"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/navaa/ConnectionFactory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class JobEventsListener implements MessageListener {

    @Inject
    ProcessingSessions sessions;

    @Override
    public void onMessage(Message message) {
        try {
            JsonObject event = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            JsonObject data = event.getJsonObject("data");
            sessions.send(data.getJsonNumber("owner_id").longValue(), ProcessingUpdate.of(event).toString());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a job event", e);
        }
    }
}
