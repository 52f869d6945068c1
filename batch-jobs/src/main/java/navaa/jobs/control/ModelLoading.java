package navaa.jobs.control;

import navaa.models.weights.ModelUnavailableException;

import java.util.function.Supplier;

/**
 * Loads a model for a step, so that whatever stops it from loading (a missing weight file,
 * a native library, an administrator's model file that breaks its contract) fails the job as
 * {@link JobFailure#MODEL_UNAVAILABLE} rather than as a fault of the audio.
 */
public final class ModelLoading {

    private ModelLoading() {
    }

    /** @param what the model, in words for the log, e.g. "the DTLN denoiser" */
    public static <T> T load(String what, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (JobFailureException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new ModelUnavailableException(what + " does not load: " + e, e);
        }
    }
}
