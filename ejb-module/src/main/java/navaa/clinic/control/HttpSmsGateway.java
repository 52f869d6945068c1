package navaa.clinic.control;

import jakarta.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real SMS gateway over HTTP (NAVAA_SMS_GATEWAY_URL, NAVAA_SMS_GATEWAY_KEY). The contract:
 * {@code POST <url>} with {@code Authorization: Bearer <key>}, {@code Content-Type:
 * application/json} and the body {@code {"to":"+989...","channel":"sms|whatsapp|call","text":"..."}};
 * any 2xx answer means the gateway took the text, anything else is a failure.
 */
public final class HttpSmsGateway implements SmsSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final URI url;
    private final String key;

    public HttpSmsGateway(URI url, String key) {
        this.url = url;
        this.key = key;
    }

    @Override
    public void send(String phone, String channel, String text) {
        String body = Json.createObjectBuilder().add("to", phone).add("channel", channel).add("text", text).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null && !key.isBlank()) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<Void> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new SmsFailedException("the SMS gateway answered " + answer.statusCode(), null);
            }
        } catch (IOException e) {
            throw new SmsFailedException("the SMS gateway cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsFailedException("interrupted while sending an SMS", e);
        }
    }
}
