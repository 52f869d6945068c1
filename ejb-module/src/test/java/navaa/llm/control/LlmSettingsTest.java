package navaa.llm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {

    @TempDir
    Path dir;

    private static LlmSettings settings(String baseUrl, String gguf, int timeout) {
        return new LlmSettings(Optional.ofNullable(baseUrl), Optional.of("key"), Optional.of(" m "), timeout, 4096, 512,
                Optional.empty(), Optional.ofNullable(gguf), 2);
    }

    private static LanguageModelException refusal(LlmSettings settings) {
        return assertThrows(LanguageModelException.class, settings::open);
    }

    @Test
    void settingsAreReadByTheirConfigNamesWithTheDocumentedDefaults() {
        Map<String, String> config = Map.of("navaa.llm.base-url", "http://127.0.0.1:8000/v1", "navaa.llm.max-tokens", "256");
        LlmSettings read = LlmSettings.read(name -> Optional.ofNullable(config.get(name)));
        assertEquals(Optional.of("http://127.0.0.1:8000/v1"), read.baseUrl());
        assertEquals(60, read.timeoutSeconds());
        assertEquals(4096, read.contextTokens());
        assertEquals(256, read.maxReplyTokens());
        assertEquals(Runtime.getRuntime().availableProcessors(), read.threads());
    }

    @Test
    void aNumberThatDoesNotParseIsRefusedNamingItsSetting() {
        Map<String, String> config = Map.of("navaa.llm.base-url", "http://127.0.0.1:8000/v1", "navaa.llm.timeout-s", "1m");
        LanguageModelException e = refusal(LlmSettings.read(name -> Optional.ofNullable(config.get(name))));
        assertEquals(LanguageModelException.Reason.SETTINGS_INVALID, e.reason());
        assertTrue(e.getMessage().contains("NAVAA_LLM_TIMEOUT_S"), e.getMessage());
    }

    @Test
    void aBaseUrlChoosesTheOpenAiCompatibleServer() {
        LanguageModel model = settings("http://127.0.0.1:8000/v1", null, 30).open();
        OpenAiChatClient client = assertInstanceOf(OpenAiChatClient.class, model);
        assertEquals("http://127.0.0.1:8000/v1/chat/completions", client.endpoint().toString());
    }

    @Test
    void nothingSetSaysWhatToSet() {
        LanguageModelException e = refusal(settings(null, null, 30));
        assertEquals(LanguageModelException.Reason.NOT_CONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("NAVAA_LLM_BASE_URL") && e.getMessage().contains("NAVAA_LLM_GGUF"), e.getMessage());
        assertEquals(LanguageModelException.Reason.NOT_CONFIGURED, refusal(settings("  ", "", 30)).reason(), "blank is unset");
    }

    @Test
    void bothProvidersAtOnceAreRefused() {
        LanguageModelException e = refusal(settings("http://h/v1", "/models/x.gguf", 30));
        assertEquals(LanguageModelException.Reason.SETTINGS_INVALID, e.reason());
        assertEquals("both NAVAA_LLM_BASE_URL and NAVAA_LLM_GGUF are set; set the one provider to use", e.getMessage());
    }

    @Test
    void numbersMustBePositive() {
        LanguageModelException e = refusal(settings("http://h/v1", null, 0));
        assertEquals("NAVAA_LLM_TIMEOUT_S must be a positive whole number, not 0", e.getMessage());
    }

    @Test
    void aGgufThatIsNotAModelNeverReachesLlamaCpp() throws Exception {
        Path text = Files.writeString(dir.resolve("model.gguf"), "not a model");
        LanguageModelException e = refusal(settings(null, text.toString(), 30));
        assertEquals(LanguageModelException.Reason.SETTINGS_INVALID, e.reason());
        assertTrue(e.getMessage().contains("(NAVAA_LLM_GGUF) is not a GGUF model file"), e.getMessage());
    }

    @Test
    void theDescriptionNeverShowsTheKey() {
        String described = settings("http://h:8000/v1", null, 30).describe();
        assertEquals("OpenAI-compatible server http://h:8000/v1 (model m)", described);
        assertEquals("no language model", settings(null, null, 30).describe());
    }
}
