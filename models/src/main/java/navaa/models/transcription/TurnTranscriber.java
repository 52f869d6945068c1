package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;

import java.util.function.IntConsumer;

/**
 * Text for every turn of a diarization, by whichever provider is configured: whisper.cpp in
 * this process ({@link WhisperTurns}) or an OpenAI-compatible server ({@link ServerTurns}).
 */
public interface TurnTranscriber {

    /**
     * @param audio    the recording the turns were found in
     * @param language {@code "fa"}, {@code "en"}, or {@code null} to let the model detect it
     * @param progress 0–100 as the turns (or pieces) are done
     * @return the result with each turn's {@code text} filled in
     * @throws TranscriptionException when the provider fails
     */
    DiarizationResult transcribed(DiarizationResult result, AudioRange audio, String language, IntConsumer progress);
}
