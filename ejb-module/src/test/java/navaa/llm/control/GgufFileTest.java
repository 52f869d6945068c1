package navaa.llm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GgufFileTest {

    @TempDir
    Path dir;

    static byte[] header(String magic, int version, long tensors) {
        return ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN)
                .put(magic.getBytes()).putInt(version).putLong(tensors).putLong(3).array();
    }

    private String refusal(Path file) {
        LanguageModelException e = assertThrows(LanguageModelException.class, () -> GgufFile.check(file));
        assertEquals(LanguageModelException.Reason.SETTINGS_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith(file + " (NAVAA_LLM_GGUF) "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aGgufHeaderPasses() throws IOException {
        Path model = Files.write(dir.resolve("model.gguf"), header("GGUF", 3, 291));
        assertEquals(model, GgufFile.check(model));
    }

    @Test
    void whatIsNotAModelIsNamedWithTheSetting() throws IOException {
        assertTrue(refusal(dir.resolve("missing.gguf")).endsWith("does not exist on the server"));
        assertTrue(refusal(dir).endsWith("is a folder; name the .gguf model file in it"));
        assertTrue(refusal(Files.writeString(dir.resolve("notes.txt"), "hello, this is not a model at all")).contains("is not a GGUF model file"));
        assertTrue(refusal(Files.write(dir.resolve("short.gguf"), "GGUF".getBytes())).contains("is not a GGUF model file"));
        assertTrue(refusal(Files.write(dir.resolve("v1.gguf"), header("GGUF", 1, 5))).contains("is GGUF version 1"));
        assertTrue(refusal(Files.write(dir.resolve("empty.gguf"), header("GGUF", 3, 0))).endsWith("holds no tensors: it is not a model"));
        assertTrue(refusal(Files.write(dir.resolve("ggml.bin"), header("lmgg", 1, 5))).contains("is not a GGUF model file"));
    }
}
