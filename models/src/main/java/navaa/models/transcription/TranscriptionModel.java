package navaa.models.transcription;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The Whisper model the customer supplies, as configured: the server reads MicroProfile Config
 * {@value #SETTING} (the environment variable {@value #ENVIRONMENT}), the command line a flag.
 * Nothing is downloaded; an empty setting means transcription is not available, which
 * {@link #check(String)} says before a job starts, and diarization alone still works.
 */
public final class TranscriptionModel {

    /** The MicroProfile Config key. */
    public static final String SETTING = "navaa.transcription.model";
    /** The environment variable MicroProfile Config maps to {@link #SETTING}. */
    public static final String ENVIRONMENT = "NAVAA_TRANSCRIPTION_MODEL";

    /**
     * How the model file is opened for its check. The check is the open itself: a separate
     * "is it readable" test says yes to root for a file whose mode forbids reading, so the
     * denial the open meets is the one that counts.
     */
    @FunctionalInterface
    interface ModelFileOpener {
        ModelFileOpener READ = file -> FileChannel.open(file, StandardOpenOption.READ);

        FileChannel open(Path file) throws IOException;
    }

    private final Optional<Path> path;
    private final ModelFileOpener opener;

    private TranscriptionModel(Optional<Path> path, ModelFileOpener opener) {
        this.path = path;
        this.opener = opener;
    }

    private TranscriptionModel(Optional<Path> path) {
        this(path, ModelFileOpener.READ);
    }

    /** The configured value as given: absent, empty or blank means not configured. */
    public static TranscriptionModel configured(Optional<String> setting) {
        return new TranscriptionModel(setting.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of));
    }

    /** A model file named directly (the command line's flag). */
    public static TranscriptionModel of(Path file) {
        return new TranscriptionModel(Optional.of(file));
    }

    /** A model file opened by {@code opener}: for tests, whose user may be root, whom no file mode denies. */
    static TranscriptionModel of(Path file, ModelFileOpener opener) {
        return new TranscriptionModel(Optional.of(file), opener);
    }

    /** No model: transcription is refused with {@link TranscriptionError#TRANSCRIPTION_MODEL_NOT_CONFIGURED}. */
    public static TranscriptionModel none() {
        return new TranscriptionModel(Optional.empty());
    }

    public Optional<Path> path() {
        return path;
    }

    public boolean isConfigured() {
        return path.isPresent();
    }

    /**
     * Whether transcription in {@code language} can run, decided without touching the model
     * in native code: a model is configured, the file is there, readable and a complete ggml
     * Whisper model, it can do the language, and whisper.cpp's library loads. Cheap (it reads
     * the file's headers, not its weights): call it when a job is asked for and from /health.
     *
     * @param language {@code "fa"}, {@code "en"} or {@code null} (detect)
     * @return what the model file says about itself
     * @throws TranscriptionException why not, with the code for the API body
     */
    public GgmlWhisperFile.Header check(String language) {
        Transcriber.checkLanguage(language);
        Path file = path.orElseThrow(() -> new TranscriptionException(
                TranscriptionError.TRANSCRIPTION_MODEL_NOT_CONFIGURED,
                "Transcription needs a Whisper model, and none is configured: set " + ENVIRONMENT
                        + " (MicroProfile Config " + SETTING + ") to the path of a ggml Whisper model file"
                        + " such as ggml-small.bin. Diarization without transcription works without it."));
        GgmlWhisperFile.Header header = header(file);
        if (Transcriber.PERSIAN.equals(language) && !header.multilingual()) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_LANGUAGE_UNSUPPORTED,
                    "The Whisper model " + file + " is English-only (" + header.describe()
                            + "); Persian needs a multilingual model such as ggml-small.bin, not a .en one.");
        }
        WhisperLibrary.load();
        return header;
    }

    /** {@link #check(String)} as a value, for health reports: empty when transcription can run. */
    public Optional<TranscriptionException> problem(String language) {
        try {
            check(language);
            return Optional.empty();
        } catch (TranscriptionException e) {
            return Optional.of(e);
        }
    }

    /** Checks the model ({@link #check(String)} for any language) and loads it; the caller closes it. */
    public WhisperTranscriber open(int threads) {
        GgmlWhisperFile.Header header = check(null);
        return new WhisperTranscriber(path.orElseThrow(), header, threads);
    }

    private GgmlWhisperFile.Header header(Path file) {
        String setting = " (" + ENVIRONMENT + ")";
        if (!Files.exists(file)) {
            throw invalid("The Whisper model file " + file + setting + " does not exist on the server.", null);
        }
        if (Files.isDirectory(file)) {
            throw invalid("The Whisper model " + file + setting + " is a folder; name the ggml model file in it.", null);
        }
        try (FileChannel channel = opener.open(file)) {
            return GgmlWhisperFile.read(channel);
        } catch (GgmlWhisperFile.InvalidModelException e) {
            throw invalid("The Whisper model file " + file + setting + " is not usable: " + e.getMessage() + ".", e);
        } catch (NoSuchFileException e) {
            throw invalid("The Whisper model file " + file + setting + " does not exist on the server.", e);
        } catch (AccessDeniedException e) {
            throw invalid("The Whisper model file " + file + setting + " is not readable by the server's user.", e);
        } catch (IOException e) {
            throw invalid("The Whisper model file " + file + setting + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static TranscriptionException invalid(String message, Throwable cause) {
        return new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, message, cause);
    }

    @Override
    public String toString() {
        return path.map(Path::toString).orElse("(no transcription model)");
    }
}
