package navaa.models.diarization.cli;

import navaa.models.audio.AudioException;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.Diarizer;
import navaa.models.transcription.TranscriptionException;
import navaa.models.transcription.TranscriptionSettings;
import navaa.models.transcription.WhisperTranscriber;
import navaa.models.transcription.WhisperTurns;
import navaa.models.vad.SpeechSegment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * {@code diarize --transcribe}: the turns' text by the provider the NAVAA_TRANSCRIPTION_*
 * environment variables choose, the server's own settings: an OpenAI-compatible server
 * ({@code NAVAA_TRANSCRIPTION_BASE_URL}) or a ggml Whisper file run here
 * ({@code NAVAA_TRANSCRIPTION_MODEL}).
 */
final class CommandTranscription {

    private final TranscriptionSettings settings;

    CommandTranscription(TranscriptionSettings settings) {
        this.settings = settings;
    }

    static CommandTranscription fromEnvironment() {
        return new CommandTranscription(TranscriptionSettings.read(name -> Optional.ofNullable(System.getenv(name))));
    }

    /** Before the diarization, so a missing setting is said at once rather than after an hour. */
    void check(Optional<String> language) throws CommandFailure {
        try {
            settings.check(language.orElse(null));
        } catch (TranscriptionException e) {
            throw new CommandFailure("cannot transcribe: " + e.getMessage(), e);
        }
    }

    DiarizationResult transcribed(DiarizationResult result, Path audio, Optional<String> language, IntConsumer progress)
            throws CommandFailure {
        try (PcmDecoder decoder = PcmDecoder.open(audio, Diarizer.RATE, 1)) {
            if (settings.usesServer()) {
                return settings.server().orElseThrow().transcribed(result, (from, to) -> Diarizer.read(decoder, new SpeechSegment(from, to)),
                        language.orElse(null), progress);
            }
            try (WhisperTranscriber whisper = settings.model().open(Runtime.getRuntime().availableProcessors())) {
                return new WhisperTurns(whisper).transcribed(result, (from, to) -> Diarizer.read(decoder, new SpeechSegment(from, to)),
                        language.orElse(null), progress);
            }
        } catch (TranscriptionException e) {
            throw new CommandFailure("transcription failed: " + e.getMessage(), e);
        } catch (AudioException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
