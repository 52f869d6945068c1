package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * whisper.cpp in process, one turn at a time: each turn's audio transcribed in pieces of at
 * most {@link #PIECE_SECONDS} (Whisper's window is 30 s), the pieces' texts joined. The
 * {@link Transcriber} stays its owner's to close.
 */
public final class WhisperTurns implements TurnTranscriber {

    static final double PIECE_SECONDS = 28;

    private final Transcriber transcriber;

    public WhisperTurns(Transcriber transcriber) {
        this.transcriber = transcriber;
    }

    @Override
    public DiarizationResult transcribed(DiarizationResult result, AudioRange audio, String language, IntConsumer progress) {
        List<DiarizationResult.Segment> segments = new ArrayList<>();
        for (DiarizationResult.Segment segment : result.segments()) {
            StringBuilder text = new StringBuilder();
            double length = segment.end() - segment.start();
            int pieces = (int) Math.ceil(length / PIECE_SECONDS);
            for (int p = 0; p < pieces; p++) {
                double from = segment.start() + length * p / pieces;
                double to = segment.start() + length * (p + 1) / pieces;
                String piece = transcriber.transcribe(audio.read(from, to), language).strip();
                if (!piece.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(piece);
                }
            }
            segments.add(segment.withText(text.toString()));
            progress.accept(100 * segments.size() / Math.max(1, result.segments().size()));
        }
        return result.withSegments(segments);
    }
}
