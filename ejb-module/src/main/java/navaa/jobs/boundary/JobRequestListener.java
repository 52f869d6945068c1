package navaa.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.io.StringReader;

/**
 * Takes job requests off the queue and starts their batch execution. A failure rolls the
 * message back, so the broker redelivers it (and dead-letters it in the end) rather than
 * losing the request.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/navaa/JobRequests"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/navaa/ConnectionFactory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class JobRequestListener implements MessageListener {

    @Inject
    BatchJobs batch;

    @Override
    public void onMessage(Message message) {
        try {
            String body = ((TextMessage) message).getText();
            long jobId = Json.createReader(new StringReader(body)).readObject().getJsonNumber("jobId").longValue();
            batch.start(jobId);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a job request", e);
        }
    }
}
