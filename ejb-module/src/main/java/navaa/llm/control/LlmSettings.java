package navaa.llm.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The NAVAA_LLM_* settings as one value: which provider they choose, and how much of a
 * conversation it is sent. Equal settings give an equal provider, so a holder can keep one
 * loaded model until they change.
 *
 * @param baseUrl        NAVAA_LLM_BASE_URL: an OpenAI-compatible server, e.g. http://host:8000/v1
 * @param apiKey         NAVAA_LLM_API_KEY: sent as a bearer token when set
 * @param model          NAVAA_LLM_MODEL: the model name the server is asked for
 * @param timeoutSeconds NAVAA_LLM_TIMEOUT_S: the longest a reply may take
 * @param contextTokens  NAVAA_LLM_CONTEXT_TOKENS: the prompt's budget (system prompt and history)
 * @param maxReplyTokens NAVAA_LLM_MAX_TOKENS: the longest reply
 * @param systemPrompt   NAVAA_LLM_SYSTEM_PROMPT: sent first when set
 * @param gguf           NAVAA_LLM_GGUF: a GGUF model file for llama.cpp in process
 * @param threads        NAVAA_LLM_THREADS: llama.cpp's CPU threads
 */
public record LlmSettings(Optional<String> baseUrl, Optional<String> apiKey, Optional<String> model, int timeoutSeconds,
                          int contextTokens, int maxReplyTokens, Optional<String> systemPrompt, Optional<String> gguf,
                          int threads) {

    public LlmSettings {
        baseUrl = present(baseUrl);
        apiKey = present(apiKey);
        model = present(model);
        systemPrompt = present(systemPrompt);
        gguf = present(gguf);
    }

    /**
     * The settings by their MicroProfile Config names ({@code navaa.llm.base-url} is
     * NAVAA_LLM_BASE_URL). A number that does not parse reads as 0, which {@link #open}
     * refuses naming the setting, so a typo is a clear answer rather than a failed deployment.
     */
    public static LlmSettings read(Function<String, Optional<String>> setting) {
        return new LlmSettings(setting.apply("navaa.llm.base-url"), setting.apply("navaa.llm.api-key"),
                setting.apply("navaa.llm.model"), number(setting, "navaa.llm.timeout-s", 60),
                number(setting, "navaa.llm.context-tokens", 4096), number(setting, "navaa.llm.max-tokens", 1024),
                setting.apply("navaa.llm.system-prompt"), setting.apply("navaa.llm.gguf"),
                number(setting, "navaa.llm.threads", Runtime.getRuntime().availableProcessors()));
    }

    private static int number(Function<String, Optional<String>> setting, String name, int otherwise) {
        Optional<String> value = present(setting.apply(name));
        try {
            return value.map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The configured provider, loaded (for llama.cpp, the model into memory).
     *
     * @throws LanguageModelException {@code NOT_CONFIGURED} when neither provider is set,
     *                                {@code SETTINGS_INVALID} when a value cannot work
     */
    public LanguageModel open() {
        requirePositive(timeoutSeconds, "NAVAA_LLM_TIMEOUT_S");
        requirePositive(contextTokens, "NAVAA_LLM_CONTEXT_TOKENS");
        requirePositive(maxReplyTokens, "NAVAA_LLM_MAX_TOKENS");
        if (baseUrl.isPresent() && gguf.isPresent()) {
            throw invalid("both NAVAA_LLM_BASE_URL and NAVAA_LLM_GGUF are set; set the one provider to use");
        }
        if (baseUrl.isPresent()) {
            return new OpenAiChatClient(baseUrl.get(), apiKey, model, timeout(), maxReplyTokens);
        }
        if (gguf.isPresent()) {
            requirePositive(threads, "NAVAA_LLM_THREADS");
            return LlamaCppModel.load(Path.of(gguf.get()), contextTokens + maxReplyTokens, maxReplyTokens, timeout(), threads);
        }
        throw new LanguageModelException(LanguageModelException.Reason.NOT_CONFIGURED,
                "set NAVAA_LLM_BASE_URL (an OpenAI-compatible server) or NAVAA_LLM_GGUF (a GGUF model file)");
    }

    public ContextWindow contextWindow() {
        return new ContextWindow(contextTokens, systemPrompt);
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Where replies come from, for the log: never the API key. */
    public String describe() {
        return baseUrl.map(url -> "OpenAI-compatible server " + url + model.map(m -> " (model " + m + ")").orElse(""))
                .or(() -> gguf.map(file -> "llama.cpp with " + file))
                .orElse("no language model");
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }

    private static void requirePositive(int value, String setting) {
        if (value <= 0) {
            throw invalid(setting + " must be a positive whole number, not " + value);
        }
    }

    private static LanguageModelException invalid(String detail) {
        return new LanguageModelException(LanguageModelException.Reason.SETTINGS_INVALID, detail);
    }
}
