package navaa.system;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static navaa.system.AudioFiles.fileId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, section 1: the embedded broker is reachable from this machine only, its stock
 * accounts are gone, the integration account may send job requests and read job events and
 * nothing else, a request names its asker with an API key and is held to the ownership rule
 * of REST, and only events the platform signed reach a user's WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokerIT {

    private static final String PASSWORD = "broker-pw-123";

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void theStockAccountsAreRefused() {
        for (String account : List.of("guest", "admin")) {
            JMSSecurityRuntimeException refused = assertThrows(JMSSecurityRuntimeException.class,
                    () -> Broker.connect(account, account).close(), account + "/" + account + " must not log in");
            assertTrue(refused.getMessage().contains("Login failed"), refused::getMessage);
        }
    }

    /**
     * Every port the broker's port mapper lists (the mapper itself, the jms and admin services)
     * answers on the loopback and refuses a connection to any other address of this machine.
     */
    @Test
    void theBrokerListensOnTheLoopbackOnly() throws Exception {
        List<Integer> ports = brokerPorts();
        assertTrue(ports.size() >= 3, "the port mapper, the jms and admin services: " + ports);
        List<InetAddress> others = otherAddresses();
        assertFalse(others.isEmpty(), "this machine has no address but the loopback to try the broker from");
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            }
            for (InetAddress address : others) {
                assertThrows(ConnectException.class, () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 5000);
                    }
                }, "broker port " + port + " answers on " + address.getHostAddress());
            }
        }
    }

    @Test
    void aRequestWithoutOrWithAWrongApiKeyIsRejectedOnTheTopic() throws Exception {
        try (JMSContext jms = Broker.integration()) {
            JMSConsumer events = jms.createConsumer(jms.createTopic(Broker.EVENTS));
            String keyless = "it-keyless-" + UUID.randomUUID();
            String wrong = "it-wrong-key-" + UUID.randomUUID();
            Broker.request(jms, diarization(1, keyless), null);
            Broker.request(jms, diarization(1, wrong), "0123456789abcdef0123456789abcdef01234567");
            Map<String, JsonObject> answers = Broker.rejections(events, keyless, wrong);
            for (String requestId : List.of(keyless, wrong)) {
                JsonObject rejected = answers.get(requestId);
                assertNotNull(rejected, "no answer to request " + requestId);
                assertEquals("UNAUTHORIZED", rejected.getString("error_code"), rejected::toString);
                assertTrue(rejected.getString("error_message").contains("apiKey"), rejected::toString);
            }
        }
    }

    @Test
    void theIntegrationAccountMayNeitherTakeRequestsNorPublishEvents() {
        try (JMSContext jms = Broker.integration()) {
            JMSRuntimeException consume = assertThrows(JMSRuntimeException.class, () -> jms.createConsumer(jms.createQueue(Broker.REQUESTS)));
            assertTrue(consume.getMessage().contains("permission"), consume::getMessage);
            JMSRuntimeException publish = assertThrows(JMSRuntimeException.class,
                    () -> jms.createProducer().send(jms.createTopic(Broker.EVENTS), "{\"type\":\"navaa.job.changed\"}"));
            assertTrue(publish.getMessage().contains("permission"), publish::getMessage);
            Exception browse = assertThrows(Exception.class, () -> jms.createBrowser(jms.createQueue(Broker.REQUESTS)).getEnumeration());
            assertTrue(browse.getMessage().contains("permission"), browse::getMessage);
            JMSRuntimeException other = assertThrows(JMSRuntimeException.class,
                    () -> jms.createProducer().send(jms.createQueue("NavaaSomethingElse"), "x"));
            assertTrue(other.getMessage().contains("not authorized"), other::getMessage);
        }
    }

    /** As over REST: another user's file id is answered exactly as one that does not exist. */
    @Test
    void anotherUsersFileIsNotFoundAsAnUnknownOne() throws Exception {
        Http owner = user().http();
        long stored = fileId(owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", tone("owned.wav"))));
        String strangersKey = user().apiKey();
        try (JMSContext jms = Broker.integration()) {
            JMSConsumer events = jms.createConsumer(jms.createTopic(Broker.EVENTS));
            String theirs = "it-theirs-" + UUID.randomUUID();
            String unknown = "it-unknown-" + UUID.randomUUID();
            Broker.request(jms, diarization(stored, theirs), strangersKey);
            Broker.request(jms, diarization(987_654_321L, unknown), strangersKey);
            Map<String, JsonObject> answers = Broker.rejections(events, theirs, unknown);
            JsonObject refusedTheirs = answers.get(theirs);
            JsonObject refusedUnknown = answers.get(unknown);
            assertNotNull(refusedTheirs, "no answer to the request on another user's file");
            assertNotNull(refusedUnknown, "no answer to the request on an unknown file");
            assertEquals("NOT_FOUND", refusedTheirs.getString("error_code"), refusedTheirs::toString);
            assertEquals(refusedUnknown.getString("error_code"), refusedTheirs.getString("error_code"));
            assertEquals(refusedUnknown.getString("error_message"), refusedTheirs.getString("error_message"));
        }
    }

    /** Only the platform starts a recorded job by its id: a bare {"jobId": n} from elsewhere is refused. */
    @Test
    void aJobIdRequestThePlatformDidNotSignIsRefused() throws Exception {
        Http owner = user().http();
        long job = fileId(owner.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", tone("started.wav"))));
        try (JMSContext jms = Broker.integration()) {
            JMSConsumer events = jms.createConsumer(jms.createTopic(Broker.EVENTS));
            String unsigned = "it-unsigned-" + UUID.randomUUID();
            String forged = "it-forged-" + UUID.randomUUID();
            jms.createProducer().send(jms.createQueue(Broker.REQUESTS),
                    Json.createObjectBuilder().add("jobId", job).add("request_id", unsigned).build().toString());
            jms.createProducer().setProperty("navaaSignature", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").send(jms.createQueue(Broker.REQUESTS),
                    Json.createObjectBuilder().add("jobId", job).add("request_id", forged).build().toString());
            Map<String, JsonObject> answers = Broker.rejections(events, unsigned, forged);
            for (String requestId : List.of(unsigned, forged)) {
                JsonObject rejected = answers.get(requestId);
                assertNotNull(rejected, "no answer to request " + requestId);
                assertEquals("FORBIDDEN", rejected.getString("error_code"), rejected::toString);
            }
        }
    }

    /**
     * An attacker who got the application's own broker account can publish on the events
     * topic; the events it makes, unsigned or signed with a key of its own, name the user's
     * account and still reach no socket, while the user's real job is pushed as always.
     */
    @Test
    void aForgedEventDoesNotReachTheSocketWhileAGenuineOneDoes() throws Exception {
        Account user = user();
        SocketMessages updates = new SocketMessages();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "sessionid=" + user.http().cookie("sessionid")).header("Origin", Http.BASE)
                .buildAsync(URI.create(Http.BASE.replaceFirst("^http", "ws") + "/ws/processing/"), updates).join();
        try (JMSContext attacker = Broker.application()) {
            attacker.createProducer().send(attacker.createTopic(Broker.EVENTS), forgedEvent(user.id(), 424_242));
            attacker.createProducer().setProperty("navaaSignature", "c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ")
                    .send(attacker.createTopic(Broker.EVENTS), forgedEvent(user.id(), 424_243));
        }
        long job = fileId(user.http().postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", tone("genuine.wav"))));

        List<JsonObject> received = new ArrayList<>();
        JsonObject update;
        do {
            update = updates.received.poll(120, TimeUnit.SECONDS);
            assertNotNull(update, "the genuine job's updates stopped after " + received);
            received.add(update);
        } while (!(update.getJsonNumber("file_id").longValue() == job && update.getString("status").equals("completed")));
        // the forged events were published first; give any late delivery time to show
        JsonObject late = updates.received.poll(3, TimeUnit.SECONDS);
        if (late != null) {
            received.add(late);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();

        assertTrue(received.stream().anyMatch(u -> u.getJsonNumber("file_id").longValue() == job), received::toString);
        assertTrue(received.stream().allMatch(u -> u.getJsonNumber("file_id").longValue() == job),
                () -> "a forged event reached the socket: " + received);
    }

    private record Account(Http http, long id, String apiKey) {
    }

    /** A new user logged in as doc 000's clients are, with its account id and an API key. */
    private static Account user() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http http = new Http();
        Http.Reply login = http.postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD));
        assertEquals(200, login.status(), login::toString);
        http.with("X-CSRFToken", http.cookie("csrftoken"));
        Http.Reply token = new Http().postJson("/api/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return new Account(http, login.json().getJsonObject("user").getJsonNumber("id").longValue(), token.json().getString("token"));
    }

    private static JsonObject diarization(long fileId, String requestId) {
        return Json.createObjectBuilder().add("kind", "diarization").add("file_id", fileId).add("request_id", requestId).build();
    }

    private static String forgedEvent(long ownerId, long fileId) {
        return Json.createObjectBuilder()
                .add("specversion", "1.0").add("id", UUID.randomUUID().toString()).add("source", "/navaa/jobs")
                .add("type", "navaa.job.changed").add("time", "2026-01-01T00:00:00Z").add("subject", Long.toString(fileId))
                .add("data", Json.createObjectBuilder().add("job_id", fileId).add("file_id", fileId).add("owner_id", ownerId)
                        .add("kind", "BOOST").add("filename", "forged.wav").add("status", "completed").add("progress", 100)
                        .add("error_message", "click http://attacker.example/"))
                .build().toString();
    }

    private static Path tone(String name) throws Exception {
        Path file = folder.resolve(name);
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", file.toString(), "synth", "2", "sine", "440", "vol", "0.3");
        return file;
    }

    /** The ports the broker's port mapper lists, asked on the loopback in its text protocol. */
    private static List<Integer> brokerPorts() throws Exception {
        List<Integer> ports = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Broker.PORT)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("101\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            // "<service> <protocol> <type> <port> [...]", ended by "."
            for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
                String[] fields = line.split(" ");
                if (fields.length >= 4 && fields[1].equals("tcp") && fields[3].matches("\\d+") && !fields[3].equals("0")) {
                    ports.add(Integer.parseInt(fields[3]));
                }
            }
        }
        return ports;
    }

    private static List<InetAddress> otherAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLoopbackAddress()).forEach(addresses::add);
            }
        }
        return addresses;
    }
}
