package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An OpenAI-compatible transcription server's text on the turns: the recording sent in
 * {@link TranscriptionPieces} (whole turns, at most ten minutes each), each piece's segments
 * moved from the piece's time to the recording's and put on the piece's turns.
 */
public final class ServerTurns implements TurnTranscriber {

    /** The frames a monologue's quietest moment is measured in: 100 ms, shorter than a pause. */
    private static final double FRAME_SECONDS = 0.1;

    private final OpenAiTranscriptionClient client;
    private final double maxPieceSeconds;

    public ServerTurns(OpenAiTranscriptionClient client) {
        this(client, TranscriptionPieces.MAX_SECONDS);
    }

    ServerTurns(OpenAiTranscriptionClient client, double maxPieceSeconds) {
        this.client = client;
        this.maxPieceSeconds = maxPieceSeconds;
    }

    @Override
    public DiarizationResult transcribed(DiarizationResult result, AudioRange audio, String language, IntConsumer progress) {
        List<TranscriptionPieces.Piece> pieces = TranscriptionPieces.of(result.segments(), maxPieceSeconds,
                (from, to) -> quietest(audio, from, to));
        Map<Integer, StringBuilder> texts = new HashMap<>();
        int done = 0;
        for (TranscriptionPieces.Piece piece : pieces) {
            List<TimedText> segments = client.transcribe(audio.read(piece.start(), piece.end()), language).stream()
                    .map(s -> s.shifted(piece.start())).toList();
            SegmentsOnTurns.place(result.segments().stream().filter(piece::meets).toList(), segments, texts);
            progress.accept(100 * ++done / pieces.size());
        }
        List<DiarizationResult.Segment> turns = new ArrayList<>();
        for (DiarizationResult.Segment turn : result.segments()) {
            turns.add(turn.withText(texts.getOrDefault(turn.id(), new StringBuilder()).toString()));
        }
        return result.withSegments(turns);
    }

    /** The middle of the quietest 100 ms between two times. */
    static double quietest(AudioRange audio, double from, double to) {
        float[] samples = audio.read(from, to);
        int frame = (int) (Transcriber.SAMPLE_RATE * FRAME_SECONDS);
        int quietest = 0;
        double lowest = Double.MAX_VALUE;
        for (int start = 0; start + frame <= samples.length; start += frame) {
            double energy = 0;
            for (int i = start; i < start + frame; i++) {
                energy += samples[i] * samples[i];
            }
            if (energy < lowest) {
                lowest = energy;
                quietest = start;
            }
        }
        return from + (quietest + frame / 2.0) / Transcriber.SAMPLE_RATE;
    }
}
