package navaa.clinic.control;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The gateway contract, against a stand-in gateway on a local port. */
class HttpSmsGatewayTest {

    private record Received(String method, String authorization, String contentType, JsonObject body) {
    }

    private final List<Received> received = new ArrayList<>();
    private HttpServer server;
    private volatile int status = 202;

    private URI start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), Json.createReader(new StringReader(text)).readObject()));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheDocumentedJsonWithTheKey() throws Exception {
        new HttpSmsGateway(start(), "secret-key").send("+989121234567", "whatsapp", "کد تایید نوا: 123456");
        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("POST", r.method());
        assertEquals("Bearer secret-key", r.authorization());
        assertEquals("application/json", r.contentType());
        assertEquals("+989121234567", r.body().getString("to"));
        assertEquals("whatsapp", r.body().getString("channel"));
        assertEquals("کد تایید نوا: 123456", r.body().getString("text"));
    }

    @Test
    void aRefusalIsAFailure() throws Exception {
        status = 500;
        HttpSmsGateway gateway = new HttpSmsGateway(start(), "k");
        SmsFailedException e = assertThrows(SmsFailedException.class, () -> gateway.send("+989121234567", "sms", "x"));
        assertEquals("the SMS gateway answered 500", e.getMessage());
    }

    @Test
    void anUnreachableGatewayIsAFailure() throws Exception {
        URI url = start();
        server.stop(0);
        server = null;
        assertThrows(SmsFailedException.class, () -> new HttpSmsGateway(url, null).send("+989121234567", "sms", "x"));
    }
}
