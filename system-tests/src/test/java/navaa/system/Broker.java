package navaa.system;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The test domain's OpenMQ broker as an integration meets it: OpenMQ's own client (its jar
 * comes from the provisioned server, so it is reached by reflection), the accounts'
 * passwords from the files server-config wrote, the request queue and events topic by
 * their broker names.
 */
final class Broker {

    static final String REQUESTS = "NavaaJobRequests";
    static final String EVENTS = "NavaaJobEvents";
    /** The message property a job request carries its API key in. */
    static final String API_KEY = "apiKey";
    static final String ADDRESS = System.getProperty("navaa.it.jmsAddress", "mq://localhost:18076");
    static final int PORT = Integer.parseInt(ADDRESS.replaceAll(".*:(\\d+)/?$", "$1"));
    private static final Path SECRETS = Launcher.ROOT.resolve("runtime/secrets/navaa-it");

    private Broker() {
    }

    /** The integration account's context, with the password configure.sh generated. */
    static JMSContext integration() {
        return connect("integration", secret("broker-integration.password"));
    }

    /** The application's own account: the one that may publish on the events topic. */
    static JMSContext application() {
        return connect("navaa", secret("broker-app.password"));
    }

    static JMSContext connect(String user, String password) {
        return factory(ADDRESS).createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** OpenMQ's connection factory for {@code address} (e.g. {@code mq://host:port}). */
    static ConnectionFactory factory(String address) {
        try {
            Class<?> type = Class.forName("com.sun.messaging.ConnectionFactory");
            Object factory = type.getConstructor().newInstance();
            type.getMethod("setProperty", String.class, String.class).invoke(factory, "imqAddressList", address);
            return (ConnectionFactory) factory;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenMQ's client (runtime/payara6/mq/lib/imq.jar) is not on the test class path", e);
        }
    }

    static String secret(String file) {
        try {
            return Files.readString(SECRETS.resolve(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the broker secrets configure.sh writes are not in " + SECRETS, e);
        }
    }

    /** A job request with an API key (none when {@code apiKey} is null). */
    static void request(JMSContext jms, JsonObject body, String apiKey) {
        var producer = jms.createProducer();
        if (apiKey != null) {
            producer.setProperty(API_KEY, apiKey);
        }
        producer.send(jms.createQueue(REQUESTS), body.toString());
    }

    /** The first event matching {@code wanted} within {@code seconds}, or null. */
    static JsonObject await(JMSConsumer events, Predicate<JsonObject> wanted, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            Message message = events.receive(1000);
            if (message instanceof TextMessage text) {
                JsonObject event = Json.createReader(new StringReader(text.getText())).readObject();
                if (wanted.test(event)) {
                    return event;
                }
            }
        }
        return null;
    }

    /**
     * The rejections (their data) answering the requests {@code requestIds}, in whatever order
     * they come, waiting at most a minute; a request not answered by then is missing.
     */
    static Map<String, JsonObject> rejections(JMSConsumer events, String... requestIds) throws Exception {
        Set<String> wanted = Set.of(requestIds);
        Map<String, JsonObject> answers = new HashMap<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while (answers.size() < wanted.size() && System.currentTimeMillis() < deadline) {
            JsonObject event = await(events, e -> e.getString("type").equals("navaa.job.rejected")
                    && wanted.contains(e.getJsonObject("data").getString("request_id", "")), 1);
            if (event != null) {
                answers.put(event.getJsonObject("data").getString("request_id"), event.getJsonObject("data"));
            }
        }
        return answers;
    }
}
