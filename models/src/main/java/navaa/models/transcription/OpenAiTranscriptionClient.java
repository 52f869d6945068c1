package navaa.models.transcription;

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
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Any server speaking OpenAI's {@code POST /v1/audio/transcriptions} (whisper.cpp's server,
 * faster-whisper servers, vLLM, LocalAI): a piece of audio sent as a WAV file with the model's
 * name, the language and {@code response_format=verbose_json}, its timed segments back. Every
 * failure is {@link TranscriptionError#TRANSCRIPTION_SERVER_FAILED}, its message naming the
 * endpoint and the setting to look at, never the API key.
 */
public final class OpenAiTranscriptionClient {

    static final String PATH = "/audio/transcriptions";

    private final URI endpoint;
    private final Optional<String> apiKey;
    private final String model;
    private final Duration timeout;
    private final HttpClient http;

    /** @param model the name sent as {@code model}; servers that host one model ignore it */
    public OpenAiTranscriptionClient(URI endpoint, Optional<String> apiKey, String model, Duration timeout) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        // HTTP/1.1: without it Java offers an h2c upgrade, which some Python servers mishandle
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * @param samples  16 kHz mono in [-1, 1]
     * @param language {@code "fa"}, {@code "en"}, or {@code null}: not sent, the server detects it
     * @return the segments, timed from the start of {@code samples}
     */
    public List<TimedText> transcribe(float[] samples, String language) {
        MultipartForm form = new MultipartForm().file("file", "piece.wav", "audio/wav", WavBytes.of(samples))
                .field("model", model).field("response_format", "verbose_json");
        if (language != null) {
            form.field("language", language);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", form.contentType()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() / 100 != 2) {
            throw failed("answered HTTP " + answer.statusCode() + " (" + VerboseJson.errorMessage(answer.body()) + "); "
                    + ServerSettingHint.of(answer.statusCode()), null);
        }
        try {
            return VerboseJson.segments(answer.body(), (double) samples.length / Transcriber.SAMPLE_RATE);
        } catch (IllegalArgumentException e) {
            throw failed("answered with something that is not a verbose_json transcription: " + e.getMessage()
                    + "; is " + TranscriptionSettings.BASE_URL + " an OpenAI-compatible transcription server?", e);
        }
    }

    /** The whole exchange, the answer's body included, within the timeout (the request's own bounds only its headers). */
    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean connecting = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
            if (!connecting && (cause instanceof TimeoutException || cause instanceof HttpTimeoutException)) {
                throw timedOut(cause);
            }
            String what = connecting ? "cannot be reached" : cause instanceof IOException ? "broke the connection" : "failed";
            throw failed(what + " (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                    + "); is the server running, and is " + TranscriptionSettings.BASE_URL + " its address?", cause);
        }
    }

    private TranscriptionException timedOut(Throwable cause) {
        return failed("did not answer within " + timeout.toSeconds() + " s (" + TranscriptionSettings.TIMEOUT
                + "); a slow server needs a longer timeout", cause);
    }

    private TranscriptionException failed(String what, Throwable cause) {
        return new TranscriptionException(TranscriptionError.TRANSCRIPTION_SERVER_FAILED,
                "The transcription server " + endpoint + " (" + TranscriptionSettings.BASE_URL + ") " + what + ".", cause);
    }
}
