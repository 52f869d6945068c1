package navaa.llm.control;

import de.kherud.llama.LlamaModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * llama.cpp's native library loads on this platform (no GGUF model can be had offline to go
 * further: the provider's refusals of bad files are {@link GgufFileTest}'s and {@link LlmSettingsTest}'s).
 */
class LlamaCppLibraryTest {

    @Test
    void theNativeLibraryLoadsAndAnswers() throws Exception {
        // a folder of this build's own, as the server has runtime/llama-cache: parallel builds must not share one file
        System.setProperty("de.kherud.llama.tmpdir", Files.createDirectories(Path.of("target", "llama-cache")).toAbsolutePath().toString());
        String grammar = LlamaModel.jsonSchemaToGrammar("{\"type\":\"string\"}");
        assertTrue(grammar.contains("root ::="), grammar);
    }
}
