package navaa.llm.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Any OpenAI-compatible chat-completions server (vLLM, llama.cpp's server, Ollama, LocalAI,
 * OpenAI itself): {@code POST <base>/chat/completions}, not streamed. The timeout bounds the
 * whole exchange, the answer's body included.
 */
public final class OpenAiChatClient implements LanguageModel {

    /** The setting that names the server, for messages. */
    public static final String SETTING = "NAVAA_LLM_BASE_URL";

    private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final Optional<String> apiKey;
    private final Optional<String> model;
    private final Duration timeout;
    private final int maxReplyTokens;
    private final HttpClient http;

    /**
     * @param baseUrl e.g. {@code http://host:8000/v1}; a URL already ending in
     *                {@code /chat/completions} is taken as the endpoint itself
     */
    public OpenAiChatClient(String baseUrl, Optional<String> apiKey, Optional<String> model, Duration timeout, int maxReplyTokens) {
        this.endpoint = endpoint(baseUrl);
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.maxReplyTokens = maxReplyTokens;
        // HTTP/1.1: Java's client would otherwise offer an h2c upgrade that some Python servers mishandle
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String complete(List<ChatTurn> conversation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OpenAiJson.request(model, conversation, maxReplyTokens), StandardCharsets.UTF_8));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> answer = exchange(request.build());
        if (answer.statusCode() / 100 != 2) {
            throw new LanguageModelException(LanguageModelException.Reason.FAILED,
                    "the model server answered HTTP " + answer.statusCode() + ": " + OpenAiJson.errorMessage(answer.body()));
        }
        return OpenAiJson.reply(answer.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LanguageModelException(LanguageModelException.Reason.FAILED, "interrupted while waiting for the model server", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private LanguageModelException failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new LanguageModelException(LanguageModelException.Reason.UNREACHABLE,
                    "no connection to the model server (" + describe(cause) + ")", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(cause);
        }
        if (cause instanceof IOException) {
            return new LanguageModelException(LanguageModelException.Reason.UNREACHABLE,
                    "the connection to the model server failed (" + describe(cause) + ")", cause);
        }
        return new LanguageModelException(LanguageModelException.Reason.FAILED, "the request failed (" + describe(cause) + ")", cause);
    }

    private LanguageModelException timedOut(Throwable cause) {
        return new LanguageModelException(LanguageModelException.Reason.TIMEOUT,
                "the model server did not answer within " + timeout.toSeconds() + " s", cause);
    }

    private static String describe(Throwable cause) {
        // a refused connection often carries no message of its own
        return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static URI endpoint(String baseUrl) {
        URI base;
        try {
            base = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw invalidUrl(baseUrl);
        }
        if (base.getHost() == null || !("http".equals(base.getScheme()) || "https".equals(base.getScheme()))) {
            throw invalidUrl(baseUrl);
        }
        String url = base.toString().replaceAll("/+$", "");
        return URI.create(url.endsWith("/chat/completions") ? url : url + "/chat/completions");
    }

    private static LanguageModelException invalidUrl(String baseUrl) {
        return new LanguageModelException(LanguageModelException.Reason.SETTINGS_INVALID,
                SETTING + " is not an http(s) URL such as http://host:8000/v1: " + baseUrl);
    }
}
