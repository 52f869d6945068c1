package navaa.models.transcription;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The NAVAA_TRANSCRIPTION_* settings, which choose the provider: a ggml Whisper file for
 * whisper.cpp in process ({@value #MODEL}) or an OpenAI-compatible transcription server
 * ({@value #BASE_URL}), never both. The server reads them through MicroProfile Config (the
 * keys {@link #configKey(String)} names), the command line from its environment.
 *
 * @param modelFile      NAVAA_TRANSCRIPTION_MODEL: the ggml file
 * @param baseUrl        NAVAA_TRANSCRIPTION_BASE_URL: e.g. http://host:8000/v1
 * @param apiKey         NAVAA_TRANSCRIPTION_API_KEY: sent as a bearer token when set
 * @param serverModel    NAVAA_TRANSCRIPTION_SERVER_MODEL: the model name the server is asked for
 * @param timeoutSeconds NAVAA_TRANSCRIPTION_TIMEOUT_S: the longest one piece's answer may take
 */
public record TranscriptionSettings(Optional<String> modelFile, Optional<String> baseUrl, Optional<String> apiKey,
                                    Optional<String> serverModel, String timeoutSeconds) {

    public static final String MODEL = TranscriptionModel.ENVIRONMENT;
    public static final String BASE_URL = "NAVAA_TRANSCRIPTION_BASE_URL";
    public static final String API_KEY = "NAVAA_TRANSCRIPTION_API_KEY";
    public static final String SERVER_MODEL = "NAVAA_TRANSCRIPTION_SERVER_MODEL";
    public static final String TIMEOUT = "NAVAA_TRANSCRIPTION_TIMEOUT_S";
    /** OpenAI's name for its Whisper; LocalAI answers to it too, and whisper.cpp's server ignores the name. */
    public static final String DEFAULT_SERVER_MODEL = "whisper-1";
    /** Ten minutes for a piece of at most ten minutes: a server on a CPU takes about as long as the audio. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;

    public TranscriptionSettings {
        modelFile = present(modelFile);
        baseUrl = present(baseUrl);
        apiKey = present(apiKey);
        serverModel = present(serverModel);
        timeoutSeconds = present(Optional.ofNullable(timeoutSeconds)).orElse(Integer.toString(DEFAULT_TIMEOUT_SECONDS));
    }

    /** @param setting a setting's value by its environment variable's name ({@code System::getenv}-like) */
    public static TranscriptionSettings read(Function<String, Optional<String>> setting) {
        return new TranscriptionSettings(setting.apply(MODEL), setting.apply(BASE_URL), setting.apply(API_KEY),
                setting.apply(SERVER_MODEL), setting.apply(TIMEOUT).orElse(null));
    }

    /** The MicroProfile Config key of an environment variable's name: NAVAA_TRANSCRIPTION_BASE_URL → navaa.transcription.base-url. */
    public static String configKey(String environmentName) {
        String rest = environmentName.substring("NAVAA_TRANSCRIPTION_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
        return "navaa.transcription." + rest;
    }

    public boolean usesServer() {
        return baseUrl.isPresent();
    }

    public TranscriptionModel model() {
        return TranscriptionModel.configured(modelFile);
    }

    /**
     * Whether transcription in {@code language} can run, decided before a job starts and
     * without contacting a server: a provider is chosen and its settings can work (for
     * whisper.cpp, {@link TranscriptionModel#check(String)}).
     *
     * @throws TranscriptionException {@code TRANSCRIPTION_MODEL_NOT_CONFIGURED} naming both settings
     *                                when neither is set, {@code TRANSCRIPTION_MODEL_INVALID} for values that cannot work
     */
    public void check(String language) {
        Transcriber.checkLanguage(language);
        if (modelFile.isEmpty() && baseUrl.isEmpty()) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_NOT_CONFIGURED,
                    "Transcription needs a provider, and none is configured: set " + MODEL + " to the path of a ggml"
                            + " Whisper model file such as ggml-small.bin, or " + BASE_URL + " to an OpenAI-compatible"
                            + " transcription server such as http://host:8000/v1. Diarization without transcription"
                            + " works without either.");
        }
        if (modelFile.isPresent() && baseUrl.isPresent()) {
            throw invalid("both " + MODEL + " and " + BASE_URL + " are set; set the one provider to use");
        }
        if (baseUrl.isPresent()) {
            endpoint();
            timeout();
        } else {
            model().check(language);
        }
    }

    /** The server provider, its settings checked; empty when whisper.cpp is configured instead. */
    public Optional<ServerTurns> server() {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        check(null);
        return Optional.of(new ServerTurns(new OpenAiTranscriptionClient(endpoint(), apiKey,
                serverModel.orElse(DEFAULT_SERVER_MODEL), timeout())));
    }

    /** Where text comes from, for logs and the command line's summary: never the API key. */
    public String describe() {
        return baseUrl.map(url -> "the transcription server " + url + " (model " + serverModel.orElse(DEFAULT_SERVER_MODEL) + ")")
                .or(() -> modelFile.map(file -> "whisper.cpp with " + file)).orElse("no transcription provider");
    }

    URI endpoint() {
        URI base;
        try {
            base = URI.create(baseUrl.orElseThrow());
        } catch (IllegalArgumentException e) {
            throw invalid(BASE_URL + " is not a URL such as http://host:8000/v1: " + baseUrl.get());
        }
        if (base.getHost() == null || !("http".equals(base.getScheme()) || "https".equals(base.getScheme()))) {
            throw invalid(BASE_URL + " is not an http(s) URL such as http://host:8000/v1: " + baseUrl.get());
        }
        String url = base.toString().replaceAll("/+$", "");
        return URI.create(url.endsWith(OpenAiTranscriptionClient.PATH) ? url : url + OpenAiTranscriptionClient.PATH);
    }

    Duration timeout() {
        try {
            int seconds = Integer.parseInt(timeoutSeconds.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw invalid(TIMEOUT + " must be a positive whole number of seconds, not " + timeoutSeconds);
    }

    private static TranscriptionException invalid(String message) {
        return new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, message);
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
