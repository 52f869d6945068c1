package navaa.jobs.control;

import navaa.models.audio.AudioException;
import navaa.models.speaker.TooLittleSpeechException;
import navaa.models.transcription.TranscriptionError;
import navaa.models.transcription.TranscriptionException;
import navaa.models.weights.ModelUnavailableException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What a step's exception means for the job. The batch runtime and the EJB container wrap
 * what a step throws (BatchContainerRuntimeException, EJBException), so the causes are
 * walked from the outside in and the first one that says something decides.
 */
public final class JobFailures {

    /** Deeper than any wrapping seen; guards against a cause loop. */
    private static final int MAX_DEPTH = 20;

    private JobFailures() {
    }

    /** The failure {@code thrown} stands for; {@link JobFailure#INTERNAL} when nothing in it is known. */
    public static JobFailure of(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            Optional<JobFailure> known = known(t);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return JobFailure.INTERNAL;
    }

    /** Whether {@code thrown} only says that the job ended (cancelled or deleted) while its execution ran. */
    public static boolean jobEnded(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof JobAlreadyEnded) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JobFailure> known(Throwable t) {
        if (t instanceof JobFailureException e) {
            return Optional.of(e.failure());
        }
        if (t instanceof AudioException e) {
            return Optional.of(of(e.reason()));
        }
        if (t instanceof TranscriptionException e) {
            return Optional.of(of(e.error()));
        }
        if (t instanceof ModelUnavailableException) {
            return Optional.of(JobFailure.MODEL_UNAVAILABLE);
        }
        if (t instanceof TooLittleSpeechException) {
            return Optional.of(JobFailure.TARGET_SAMPLE_TOO_LITTLE_SPEECH);
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return Optional.of(JobFailure.STORAGE_FAILED);
        }
        return Optional.empty();
    }

    /** Anything found before the job could run means the provider is not usable. */
    private static JobFailure of(TranscriptionError error) {
        return switch (error) {
            case TRANSCRIPTION_FAILED -> JobFailure.TRANSCRIPTION_FAILED;
            case TRANSCRIPTION_SERVER_FAILED -> JobFailure.TRANSCRIPTION_SERVER_FAILED;
            default -> JobFailure.MODEL_UNAVAILABLE;
        };
    }

    /** No default: a new reason must be given its failure here, or the build stops. */
    private static JobFailure of(AudioException.Reason reason) {
        return switch (reason) {
            case UNREADABLE -> JobFailure.INPUT_UNREADABLE;
            case UNSUPPORTED -> JobFailure.INPUT_UNSUPPORTED;
            case WRITE_FAILED -> JobFailure.STORAGE_FAILED;
            case TOO_LONG -> JobFailure.INPUT_TOO_LONG;
        };
    }
}
