package navaa.jobs.control;

import jakarta.ejb.EJBException;
import navaa.models.audio.AudioException;
import navaa.models.speaker.TooLittleSpeechException;
import navaa.models.transcription.TranscriptionError;
import navaa.models.transcription.TranscriptionException;
import navaa.models.weights.ModelUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a step fails today, as the code its job gets, however the runtime wrapped it. */
class JobFailuresTest {

    @TempDir
    Path work;

    /** As the batch runtime hands a failure to the listeners: wrapped, and wrapped again by the EJB container. */
    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("Failure in Read-Process-Write Loop", new EJBException(new RuntimeException(cause)));
    }

    @Test
    void audioThatCannotBeDecodedOrWrittenIsTheUploadsOrTheDisksFault() {
        assertEquals(JobFailure.INPUT_UNREADABLE, JobFailures.of(wrapped(
                new AudioException(AudioException.Reason.UNREADABLE, "talk.mp3 could not be read as audio"))));
        assertEquals(JobFailure.INPUT_UNSUPPORTED, JobFailures.of(wrapped(
                new AudioException(AudioException.Reason.UNSUPPORTED, "the encoder cannot encode at 7350 Hz"))));
        assertEquals(JobFailure.STORAGE_FAILED, JobFailures.of(wrapped(
                new AudioException(AudioException.Reason.WRITE_FAILED, "talk_boosted.mp3 could not be written"))));
        assertEquals(JobFailure.STORAGE_FAILED, JobFailures.of(new UncheckedIOException(new IOException("No space left on device"))));
        assertEquals(JobFailure.STORAGE_FAILED, JobFailures.of(wrapped(new IOException("No space left on device"))));
    }

    @Test
    void aTargetSampleWithoutSpeechIsTheSamplesFault() {
        assertEquals(JobFailure.TARGET_SAMPLE_TOO_LITTLE_SPEECH, JobFailures.of(wrapped(new TooLittleSpeechException("0.0 s of speech"))));
    }

    @Test
    void modelsThatDoNotLoadAndTranscriptionAreTheServersSide() {
        assertEquals(JobFailure.MODEL_UNAVAILABLE, JobFailures.of(wrapped(
                new ModelUnavailableException("the Silero VAD model does not load", new IllegalStateException()))));
        assertEquals(JobFailure.MODEL_UNAVAILABLE, JobFailures.of(wrapped(
                new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, "/models/ggml-small.bin is cut off"))));
        assertEquals(JobFailure.MODEL_UNAVAILABLE, JobFailures.of(wrapped(
                new TranscriptionException(TranscriptionError.TRANSCRIPTION_LIBRARY_UNAVAILABLE, "GLIBC_2.38"))));
        assertEquals(JobFailure.TRANSCRIPTION_FAILED, JobFailures.of(wrapped(
                new TranscriptionException(TranscriptionError.TRANSCRIPTION_FAILED, "whisper_full returned -6"))));
        assertEquals(JobFailure.TRANSCRIPTION_SERVER_FAILED, JobFailures.of(wrapped(new TranscriptionException(
                TranscriptionError.TRANSCRIPTION_SERVER_FAILED, "The transcription server http://asr/v1/audio/transcriptions answered HTTP 503"))));
    }

    @Test
    void aLoaderThatThrowsAnythingMakesTheModelUnavailableButAKnownFailurePassesThrough() {
        RuntimeException missing = assertThrows(RuntimeException.class, () -> ModelLoading.load("the DTLN denoiser", () -> {
            throw new UncheckedIOException(new IOException("model_1.tflite is missing"));
        }));
        assertEquals(JobFailure.MODEL_UNAVAILABLE, JobFailures.of(missing), "not a disk failure: the weights ship in the jar");
        assertTrue(missing.getMessage().startsWith("the DTLN denoiser does not load"), missing.getMessage());
        assertEquals(JobFailure.MODEL_UNAVAILABLE, JobFailures.of(assertThrows(RuntimeException.class,
                () -> ModelLoading.load("ONNX Runtime", () -> {
                    throw new UnsatisfiedLinkError("libonnxruntime.so");
                }))));
        JobFailureException known = new JobFailureException(JobFailure.INTERNAL, "no kept regions");
        assertEquals(known, assertThrows(JobFailureException.class, () -> ModelLoading.load("x", () -> {
            throw known;
        })));
    }

    @Test
    void aResumePointThatCannotBeUsedIsAFailedResume() throws IOException {
        Files.write(work.resolve("windows.resume"), "garbage".getBytes());
        assertEquals(JobFailure.RESUME_FAILED, JobFailures.of(assertThrows(RuntimeException.class, () -> new WindowsFile(work).resume())));
        Files.writeString(work.resolve("windows.resume"), "3 4096");
        assertEquals(JobFailure.RESUME_FAILED, JobFailures.of(assertThrows(RuntimeException.class, () -> new WindowsFile(work).rewind())),
                "a windows file shorter than its resume point");
    }

    @Test
    void aStepThatSaysItsCodeIsTakenAtItsWordAndAnythingElseIsInternal() {
        assertEquals(JobFailure.INPUT_TOO_LONG, JobFailures.of(wrapped(new JobFailureException(JobFailure.INPUT_TOO_LONG, "past 4 h"))));
        assertEquals(JobFailure.INTERNAL, JobFailures.of(wrapped(new IllegalStateException("job 4 has no kept regions"))));
        assertEquals(JobFailure.INTERNAL, JobFailures.of(new NullPointerException()));
    }

    @Test
    void aJobThatEndedUnderItsExecutionIsNotAFailure() {
        assertTrue(JobFailures.jobEnded(wrapped(new JobAlreadyEnded("job 9 has already ended (failed)"))));
        assertFalse(JobFailures.jobEnded(wrapped(new IllegalStateException("job 9"))));
    }

    @Test
    void aCauseLoopEndsTheWalk() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(JobFailure.INTERNAL, JobFailures.of(a));
        assertFalse(JobFailures.jobEnded(a));
    }
}
