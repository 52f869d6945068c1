package navaa.models.transcription;

import io.github.givimad.whisperjni.WhisperJNI;

import java.lang.System.Logger.Level;

/**
 * whisper.cpp's native library, loaded once per JVM. whisper-jni extracts it from its jar
 * (the build for this CPU's features) into {@code java.io.tmpdir} and loads it; a JNI library
 * can be bound to one class loader only, which is why the server keeps whisper-jni in the
 * domain's lib folder and never in the EAR. A failure is remembered and reported again with
 * its cause, so /health and every job say the same thing.
 */
final class WhisperLibrary {

    private static final System.Logger LOG = System.getLogger("navaa.models.transcription.whisper");

    /** How the library is loaded; replaced in tests to see how a failure is reported. */
    interface Loader {
        void load() throws Exception;
    }

    private static boolean loaded;
    private static TranscriptionException failure;

    private WhisperLibrary() {
    }

    /** Loads the library if that has not been tried yet. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            load(() -> {
                WhisperJNI.loadLibrary(message -> LOG.log(Level.DEBUG, message));
                // whisper.cpp writes its model and decoding reports to stderr unless told otherwise
                WhisperJNI.setLibraryLogger(message -> LOG.log(Level.DEBUG, message.strip()));
            });
            loaded = true;
        } catch (TranscriptionException e) {
            failure = e;
            throw e;
        }
    }

    /** Runs {@code loader}, turning whatever it throws into {@link TranscriptionError#TRANSCRIPTION_LIBRARY_UNAVAILABLE}. */
    static void load(Loader loader) {
        try {
            loader.load();
        } catch (Exception | LinkageError e) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_LIBRARY_UNAVAILABLE,
                    "whisper.cpp's native library (whisper-jni) does not load on this machine ("
                            + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): "
                            + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + ". It needs Linux x86-64 or arm64 with glibc, macOS, or Windows x86-64,"
                            + " and whisper-jni's jar in the server's lib folder.", e);
        }
    }
}
