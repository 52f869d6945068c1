package navaa.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import navaa.integration.boundary.PlatformSignatures;
import navaa.integration.control.MessageSignature.Purpose;

import java.io.StringReader;

/**
 * Takes job requests off the queue: {@code {"jobId": n}} starts a recorded job's batch
 * execution (the REST paths send these, signed: one without the platform's signature is
 * refused, as an integration could otherwise start anyone's job); a request with a
 * {@code "kind"} asks for a new job on a stored file, on behalf of the account whose API key
 * it carries (integrations send these, see {@link JobRequests}). A failure to start rolls
 * the message back, so the broker redelivers it (and dead-letters it in the end) rather
 * than losing the request; a request that can never be taken is answered on the events
 * topic instead.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/navaa/JobRequests"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/navaa/ConnectionFactory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class JobRequestListener implements MessageListener {

    @Inject
    BatchJobs batch;

    @Inject
    JobRequests requests;

    @Inject
    PlatformSignatures signatures;

    @Override
    public void onMessage(Message message) {
        String body;
        try {
            body = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            requests.unreadable(String.valueOf(e.getMessage()));
            return;
        }
        JsonObject request;
        try {
            request = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException e) {
            requests.unreadable("not a JSON object: " + e.getMessage());
            return;
        }
        if (!request.containsKey("jobId")) {
            requests.create(request, apiKey(message));
        } else if (signatures.signed(Purpose.JOB_REQUEST, body, message)) {
            batch.start(request.getJsonNumber("jobId").longValue());
        } else {
            requests.unsigned(request);
        }
    }

    private static String apiKey(Message message) {
        try {
            return message.getStringProperty(JobRequests.API_KEY_PROPERTY);
        } catch (JMSException e) {
            return null;
        }
    }
}
