package navaa.models.transcription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way the configured model can be wrong, each answered before native code touches it. */
class TranscriptionModelTest {

    @TempDir
    Path folder;

    private static TranscriptionException refused(TranscriptionModel model, String language) {
        return assertThrows(TranscriptionException.class, () -> model.check(language));
    }

    @Test
    void noModelConfiguredNamesTheSettingToFill() {
        for (TranscriptionModel model : new TranscriptionModel[] {TranscriptionModel.none(),
                TranscriptionModel.configured(Optional.empty()), TranscriptionModel.configured(Optional.of("  "))}) {
            assertFalse(model.isConfigured());
            for (String language : new String[] {"fa", "en", null}) {
                TranscriptionException e = refused(model, language);
                assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_NOT_CONFIGURED, e.error());
                assertEquals("TRANSCRIPTION_MODEL_NOT_CONFIGURED", e.code());
                assertTrue(e.getMessage().contains("NAVAA_TRANSCRIPTION_MODEL"), e.getMessage());
                assertTrue(e.getMessage().contains("navaa.transcription.model"), e.getMessage());
            }
            assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_NOT_CONFIGURED,
                    model.problem("fa").orElseThrow().error());
            assertThrows(TranscriptionException.class, () -> model.open(2));
        }
    }

    @Test
    void aMissingFileOrAFolderIsInvalid() throws IOException {
        TranscriptionException missing = refused(
                TranscriptionModel.configured(Optional.of(folder.resolve("ggml-small.bin").toString())), "fa");
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, missing.error());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertTrue(missing.getMessage().contains("ggml-small.bin"), missing.getMessage());

        TranscriptionException directory = refused(TranscriptionModel.of(folder), null);
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, directory.error());
        assertTrue(directory.getMessage().contains("folder"), directory.getMessage());
    }

    /**
     * The operating system's refusal to open the file, whoever runs the tests: root (as CI
     * runs) passes every permission check, so the refusal is the opener's, as the kernel
     * gives it to a server user without read permission.
     */
    @Test
    void aFileTheServerMayNotOpenIsInvalid() throws IOException {
        Path file = TinyWhisperModel.write(folder.resolve("ggml-tiny.bin"), true);
        TranscriptionException e = refused(TranscriptionModel.of(file, denied -> {
            throw new AccessDeniedException(denied.toString());
        }), null);
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
        assertTrue(e.getMessage().contains("not readable by the server's user"), e.getMessage());
        assertTrue(e.getMessage().contains("ggml-tiny.bin"), e.getMessage());
        assertTrue(e.getCause() instanceof AccessDeniedException, String.valueOf(e.getCause()));
    }

    @Test
    void aFileThatIsNotGgmlIsRefusedByItsMagicNumber() throws IOException {
        Path onnx = Files.write(folder.resolve("model.onnx"), new byte[] {0x08, 0x07, 0x12, 0x04, 't', 'e', 's', 't'});
        TranscriptionException e = refused(TranscriptionModel.of(onnx), "en");
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
        assertTrue(e.getMessage().contains("magic"), e.getMessage());

        Path empty = Files.write(folder.resolve("empty.bin"), new byte[0]);
        assertTrue(refused(TranscriptionModel.of(empty), "en").getMessage().contains("0 bytes"));
    }

    @Test
    void aCutOffCopyIsRefusedWhereverItEnds() throws IOException {
        Path whole = TinyWhisperModel.write(folder.resolve("whole.bin"), true);
        long size = Files.size(whole);
        for (long keep : new long[] {6, 60, WhisperTranscriberTest.headerBytes() - 3, WhisperTranscriberTest.headerBytes() + 7,
                size / 2, size - 1}) {
            Path cut = TinyWhisperModel.write(folder.resolve("cut-" + keep + ".bin"), true, true, keep);
            TranscriptionException e = refused(TranscriptionModel.of(cut), "fa");
            assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error(), "cut at " + keep);
            assertTrue(e.getMessage().contains("short"), keep + ": " + e.getMessage());
        }
        Path longer = Files.write(folder.resolve("longer.bin"), new byte[] {1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0},
                java.nio.file.StandardOpenOption.CREATE_NEW);
        Files.write(longer, Files.readAllBytes(whole));
        Files.write(longer, new byte[] {1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0}, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, refused(TranscriptionModel.of(longer), "fa").error());
    }

    @Test
    void anUnknownLanguageIsRefusedBeforeTheModelIsLookedAt() {
        assertThrows(IllegalArgumentException.class, () -> TranscriptionModel.none().check("de"));
    }

    /**
     * An all-f32 conversion is well-formed and whisper.cpp loads it, then aborts its process on
     * the first segment: shown in a JVM of its own, and refused by the check.
     */
    @Test
    void anF32ModelThatWouldAbortTheServerIsRefused() throws Exception {
        Path f32 = TinyWhisperModel.write(folder.resolve("ggml-tiny-f32.bin"), true, false, Long.MAX_VALUE);
        TranscriptionException e = refused(TranscriptionModel.of(f32), "en");
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
        assertTrue(e.getMessage().contains("f16"), e.getMessage());

        RunWhisperDirectly.Result direct = RunWhisperDirectly.inNewJvm(f32);
        assertEquals(134, direct.exitCode(), direct.output());
        assertTrue(direct.output().contains("GGML_ASSERT"), direct.output());

        Path f16 = TinyWhisperModel.write(folder.resolve("ggml-tiny-f16.bin"), true);
        RunWhisperDirectly.Result fine = RunWhisperDirectly.inNewJvm(f16);
        assertEquals(0, fine.exitCode(), fine.output());
    }

    @Test
    void aLibraryThatDoesNotLoadIsReportedWithItsCause() {
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> WhisperLibrary.load(() -> {
            throw new UnsatisfiedLinkError("libwhisper.so.1: version `GLIBC_2.38' not found");
        }));
        assertEquals(TranscriptionError.TRANSCRIPTION_LIBRARY_UNAVAILABLE, e.error());
        assertTrue(e.getMessage().contains("GLIBC_2.38"), e.getMessage());
        assertTrue(e.getMessage().contains("UnsatisfiedLinkError"), e.getMessage());
    }
}
