package navaa.models.transcription;

import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperJNI;
import navaa.models.SpokenAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The slot end to end through the real native library, on {@link TinyWhisperModel}: whisper.cpp
 * loads the file only if every tensor's name, shape and size is what it expects, so loading it
 * here also proves {@link GgmlWhisperFile}'s count and sizes match whisper.cpp's.
 */
class WhisperTranscriberTest {

    @TempDir
    Path folder;

    @Test
    void theNativeLibraryLoadsFromTheJarOffline() {
        WhisperLibrary.load();
        String info = new WhisperJNI().getSystemInfo();
        assertTrue(info.contains("AVX") || info.contains("NEON"), info);
    }

    @Test
    void aCompleteModelPassesTheCheckAndWhisperCppLoadsIt() throws Exception {
        Path file = TinyWhisperModel.write(folder.resolve("ggml-tiny-test.bin"), true);
        GgmlWhisperFile.Header header = TranscriptionModel.of(file).check("fa");
        assertTrue(header.multilingual());
        assertEquals(TinyWhisperModel.STATE, header.audioState());
        assertEquals(GgmlWhisperFile.Header.expectedTensors(TinyWhisperModel.AUDIO_LAYERS, TinyWhisperModel.TEXT_LAYERS), header.tensors());
        try (WhisperTranscriber transcriber = TranscriptionModel.of(file).open(2)) {
            assertEquals(header, transcriber.model());
        }
    }

    @Test
    void segmentsAreTranscribedInEitherLanguageAndConcurrentCallsWait() throws Exception {
        Path file = TinyWhisperModel.write(folder.resolve("ggml-tiny-test.bin"), true);
        float[] hello = SpokenAudio.say("hello world", "en", folder);
        float[] salam = SpokenAudio.say("salam donya", "fa", folder);
        try (WhisperTranscriber transcriber = TranscriptionModel.of(file).open(2)) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<String>> texts = new ArrayList<>();
                texts.add(pool.submit(() -> transcriber.transcribe(hello, Transcriber.ENGLISH)));
                texts.add(pool.submit(() -> transcriber.transcribe(salam, Transcriber.PERSIAN)));
                texts.add(pool.submit(() -> transcriber.transcribe(hello, null)));
                for (Future<String> text : texts) {
                    // zero weights hear nothing in particular: the point is that the call completes
                    String words = text.get();
                    assertNotNull(words);
                    assertEquals(words.strip(), words);
                }
            } finally {
                pool.shutdown();
            }
            // shorter than whisper.cpp's one-second minimum: padded, not refused
            assertNotNull(transcriber.transcribe(new float[4_000], Transcriber.ENGLISH));
            assertThrows(IllegalArgumentException.class, () -> transcriber.transcribe(hello, "de"));
        }
    }

    @Test
    void aClosedTranscriberRefusesWork() throws Exception {
        Path file = TinyWhisperModel.write(folder.resolve("ggml-tiny-test.bin"), true);
        WhisperTranscriber transcriber = TranscriptionModel.of(file).open(1);
        transcriber.close();
        transcriber.close();
        assertThrows(IllegalStateException.class, () -> transcriber.transcribe(new float[16_000], null));
    }

    @Test
    void anEnglishOnlyModelRefusesPersianButTranscribesEnglish() throws Exception {
        Path file = TinyWhisperModel.write(folder.resolve("ggml-tiny.en-test.bin"), false);
        TranscriptionModel model = TranscriptionModel.of(file);
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> model.check("fa"));
        assertEquals(TranscriptionError.TRANSCRIPTION_LANGUAGE_UNSUPPORTED, e.error());
        assertTrue(e.getMessage().contains("English-only"), e.getMessage());
        assertFalse(model.problem("en").isPresent());
        try (WhisperTranscriber transcriber = model.open(1)) {
            assertFalse(transcriber.model().multilingual());
            assertEquals(TranscriptionError.TRANSCRIPTION_LANGUAGE_UNSUPPORTED, assertThrows(TranscriptionException.class,
                    () -> transcriber.transcribe(new float[16_000], Transcriber.PERSIAN)).error());
            assertNotNull(transcriber.transcribe(new float[16_000], Transcriber.ENGLISH));
        }
    }

    /** Why {@link GgmlWhisperFile} walks the whole file: whisper.cpp itself takes a header with no weights. */
    @Test
    void whisperCppAloneAcceptsAModelCutOffAfterItsHeader() throws Exception {
        Path header = TinyWhisperModel.write(folder.resolve("cut.bin"), true, true, headerBytes());
        WhisperLibrary.load();
        WhisperJNI whisper = new WhisperJNI();
        try (WhisperContext context = whisper.init(header)) {
            assertNotNull(context, "whisper.cpp 1.7.1 loads a header-only file as an empty model");
        }
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> TranscriptionModel.of(header).check(null));
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
        assertTrue(e.getMessage().contains("no weights"), e.getMessage());
    }

    /** Whatever does not start with the magic number, whisper.cpp refuses by itself, without crashing. */
    @Test
    void whisperCppRefusesGarbageWithoutCrashing() throws Exception {
        Path garbage = java.nio.file.Files.write(folder.resolve("garbage.bin"), new java.util.Random(5).ints(4096)
                .collect(java.io.ByteArrayOutputStream::new, (b, i) -> b.write(i), (a, b) -> a.writeBytes(b.toByteArray()))
                .toByteArray());
        WhisperLibrary.load();
        assertEquals(null, new WhisperJNI().init(garbage));
    }

    /** Magic, hyper-parameters, mel filters and the 4-word vocabulary of {@link TinyWhisperModel}. */
    static long headerBytes() {
        return 4 + 11 * 4 + 8 + 80L * 201 * 4 + 4 + (4 + 6) * 3 + (4 + 1);
    }
}
