package navaa.jobs.boundary;

import navaa.models.transcription.TranscriptionModel;
import navaa.models.transcription.WhisperTranscriber;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's one Whisper model in memory (hundreds of MB: loaded on the first job that
 * transcribes, kept for the next; a changed setting loads the new file). Calls share it
 * one at a time.
 */
final class Transcribers {

    /** whisper.cpp's threads: both cores of the machines we run on. */
    static final int THREADS = 2;

    private static WhisperTranscriber loaded;
    private static Path loadedFrom;

    private Transcribers() {
    }

    static synchronized WhisperTranscriber shared() {
        TranscriptionModel model = TranscriptionModel.configured(
                ConfigProvider.getConfig().getOptionalValue(TranscriptionModel.SETTING, String.class));
        Optional<Path> path = model.path();
        if (loaded != null && path.isPresent() && path.get().equals(loadedFrom)) {
            return loaded;
        }
        if (loaded != null) {
            loaded.close();
            loaded = null;
        }
        loaded = model.open(THREADS);
        loadedFrom = path.orElseThrow();
        return loaded;
    }
}
