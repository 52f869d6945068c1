package navaa.llm.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a file is a GGUF model before llama.cpp sees it: a file that is not one can
 * take native code down with the JVM, and the administrator should read which setting is
 * wrong instead. Reads the fixed header only (magic "GGUF", version, tensor and metadata
 * counts; ggml's gguf.c), never the weights.
 */
public final class GgufFile {

    /** The MicroProfile Config key and environment variable that name the file. */
    public static final String SETTING = "NAVAA_LLM_GGUF";

    private static final int HEADER_BYTES = 4 + 4 + 8 + 8;
    private static final byte[] MAGIC = {'G', 'G', 'U', 'F'};

    private GgufFile() {
    }

    /**
     * @return the file, when it looks like a whole GGUF model
     * @throws LanguageModelException {@code SETTINGS_INVALID} saying what is wrong with it
     */
    public static Path check(Path file) {
        if (!Files.exists(file)) {
            throw invalid(file + " (" + SETTING + ") does not exist on the server");
        }
        if (Files.isDirectory(file)) {
            throw invalid(file + " (" + SETTING + ") is a folder; name the .gguf model file in it");
        }
        if (!Files.isReadable(file)) {
            throw invalid(file + " (" + SETTING + ") is not readable by the server's user");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (InputStream in = Files.newInputStream(file)) {
            header.put(in.readNBytes(HEADER_BYTES)).flip();
        } catch (IOException e) {
            throw invalid(file + " (" + SETTING + ") cannot be read: " + e.getMessage());
        }
        if (header.remaining() < HEADER_BYTES || !startsWithMagic(header)) {
            throw invalid(file + " (" + SETTING + ") is not a GGUF model file (it does not start with \"GGUF\")");
        }
        int version = header.getInt(4);
        if (version < 2 || version > 3) {
            throw invalid(file + " (" + SETTING + ") is GGUF version " + Integer.toUnsignedString(version)
                    + "; llama.cpp reads versions 2 and 3");
        }
        if (header.getLong(8) <= 0) {
            throw invalid(file + " (" + SETTING + ") holds no tensors: it is not a model");
        }
        return file;
    }

    private static boolean startsWithMagic(ByteBuffer header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static LanguageModelException invalid(String detail) {
        return new LanguageModelException(LanguageModelException.Reason.SETTINGS_INVALID, detail);
    }
}
