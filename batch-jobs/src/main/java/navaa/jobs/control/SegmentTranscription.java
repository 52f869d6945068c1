package navaa.jobs.control;

import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.Diarizer;
import navaa.models.transcription.Transcriber;
import navaa.models.vad.SpeechSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Text for each turn of a diarization: the turn's audio read back from the recording and
 * transcribed in pieces of at most {@link #PIECE_SECONDS} (Whisper's window is 30 s), the
 * pieces' texts joined.
 */
public final class SegmentTranscription {

    static final double PIECE_SECONDS = 28;

    private SegmentTranscription() {
    }

    /** @param language fa, en, or null to let Whisper detect it */
    public static DiarizationResult transcribed(DiarizationResult result, PcmDecoder decoder, Transcriber transcriber,
                                                String language, IntConsumer progress) {
        List<DiarizationResult.Segment> segments = new ArrayList<>();
        int done = 0;
        for (DiarizationResult.Segment segment : result.segments()) {
            StringBuilder text = new StringBuilder();
            int pieces = (int) Math.ceil((segment.end() - segment.start()) / PIECE_SECONDS);
            for (int p = 0; p < pieces; p++) {
                double from = segment.start() + (segment.end() - segment.start()) * p / pieces;
                double to = segment.start() + (segment.end() - segment.start()) * (p + 1) / pieces;
                String piece = transcriber.transcribe(Diarizer.read(decoder, new SpeechSegment(from, to)), language).strip();
                if (!piece.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(piece);
                }
            }
            segments.add(segment.withText(text.toString()));
            progress.accept(100 * ++done / Math.max(1, result.segments().size()));
        }
        return new DiarizationResult(result.audioFile(), result.duration(), result.numSpeakers(), result.identifiedSpeakers(), segments);
    }
}
