package navaa.jobs.boundary;

import navaa.models.transcription.TranscriptionModel;
import navaa.models.transcription.TranscriptionSettings;
import navaa.models.transcription.TurnTranscriber;
import navaa.models.transcription.WhisperTranscriber;
import navaa.models.transcription.WhisperTurns;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The configured transcription provider (NAVAA_TRANSCRIPTION_*, read afresh for every job).
 * A transcription server costs nothing to hold; the one Whisper model in memory (hundreds of
 * MB) is loaded on the first job that transcribes and kept for the next, a changed setting
 * loading the new file. Calls share it one at a time.
 */
public final class Transcribers {

    /** whisper.cpp's threads: both cores of the machines we run on. */
    static final int THREADS = 2;

    private static WhisperTranscriber loaded;
    private static Path loadedFrom;

    private Transcribers() {
    }

    /** The settings as MicroProfile Config has them (environment variables, the domain's properties). */
    public static TranscriptionSettings settings() {
        return TranscriptionSettings.read(name -> ConfigProvider.getConfig()
                .getOptionalValue(TranscriptionSettings.configKey(name), String.class));
    }

    static TurnTranscriber shared() {
        TranscriptionSettings settings = settings();
        Optional<? extends TurnTranscriber> server = settings.server();
        return server.isPresent() ? server.get() : new WhisperTurns(whisper(settings.model()));
    }

    private static synchronized WhisperTranscriber whisper(TranscriptionModel model) {
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
