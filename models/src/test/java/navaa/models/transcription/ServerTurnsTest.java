package navaa.models.transcription;

import navaa.models.diarization.DiarizationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server provider end to end against a real HTTP stand-in: pieces out, segments back on the turns. */
class ServerTurnsTest {

    private static DiarizationResult.Segment turn(int id, double start, double end) {
        return new DiarizationResult.Segment(id, start, end, "SPEAKER_" + id % 2, false, 0.9, "");
    }

    /** Silence with a loud stretch, so the quietest moment is anywhere else. */
    private static AudioRange recording(double seconds, List<double[]> reads) {
        return (from, to) -> {
            reads.add(new double[]{from, to});
            float[] samples = new float[(int) Math.round((to - from) * Transcriber.SAMPLE_RATE)];
            java.util.Arrays.fill(samples, 0.5f);
            return samples;
        };
    }

    @Test
    void eachTurnGetsTheTextOfTheSegmentsSpokenInItWithThePieceStartAddedBack() throws IOException {
        // the stand-in says which second of the piece each segment covers, whatever audio it gets
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok(
                TranscriptionStandIn.verboseJson(new Object[]{0.0, 4.0, "one"}, new Object[]{4.2, 9.0, "two"},
                        new Object[]{10.5, 11.5, "three"}, new Object[]{11.6, 19.0, "four"})))) {
            DiarizationResult result = new DiarizationResult("talk.wav", 30, 2, List.of(), List.of(
                    turn(1, 2, 6), turn(2, 6.5, 11), turn(3, 13, 21)));
            List<double[]> reads = new ArrayList<>();
            List<Integer> progress = new ArrayList<>();
            DiarizationResult transcribed = new ServerTurns(client(server)).transcribed(result, recording(30, reads), "en", progress::add);

            // pieces start at 2 s: "one" is 2–6 (turn 1), "two" 6.2–11 (turn 2), "three" 12.5–13.5 between turns 2 and 3
            // but nearer 3 (overlap 0.5 s), "four" 13.6–21 (turn 3)
            assertEquals(List.of("one", "two", "three four"), transcribed.segments().stream().map(DiarizationResult.Segment::text).toList());
            assertEquals(1, server.received().size());
            assertEquals(19.0, server.received().get(0).seconds(), 1e-3);
            assertEquals(List.of(100), progress);
            assertEquals(result.segments().stream().map(DiarizationResult.Segment::start).toList(),
                    transcribed.segments().stream().map(DiarizationResult.Segment::start).toList());
        }
    }

    @Test
    void longAudioGoesInPiecesWhoseSegmentsLandInTheirOwnTurns() throws IOException {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok(
                TranscriptionStandIn.verboseJson(new Object[]{0.0, r.seconds(), "piece of " + Math.round(r.seconds()) + " s"})))) {
            DiarizationResult result = new DiarizationResult("long.wav", 100, 2, List.of(), List.of(
                    turn(1, 0, 20), turn(2, 22, 38), turn(3, 40, 70), turn(4, 71, 90)));
            List<Integer> progress = new ArrayList<>();
            DiarizationResult transcribed = new ServerTurns(client(server), 40).transcribed(result, recording(100, new ArrayList<>()), null, progress::add);

            assertEquals(List.of(38.0, 30.0, 19.0), server.received().stream().map(r -> (double) Math.round(r.seconds())).toList());
            assertEquals(List.of("piece of 38 s", "", "piece of 30 s", "piece of 19 s"),
                    transcribed.segments().stream().map(DiarizationResult.Segment::text).toList());
            assertEquals(List.of(33, 66, 100), progress);
        }
    }

    @Test
    void theQuietestMomentIsWhereTheSignalIsLowest() {
        AudioRange audio = (from, to) -> {
            float[] samples = new float[(int) Math.round((to - from) * Transcriber.SAMPLE_RATE)];
            for (int i = 0; i < samples.length; i++) {
                double t = from + (double) i / Transcriber.SAMPLE_RATE;
                samples[i] = t >= 12.3 && t < 12.4 ? 0.001f : (float) Math.sin(i * 0.3) * 0.4f;
            }
            return samples;
        };
        assertEquals(12.35, ServerTurns.quietest(audio, 10, 15), 1e-6);
    }

    private static OpenAiTranscriptionClient client(TranscriptionStandIn server) {
        return new OpenAiTranscriptionClient(server.endpoint(), Optional.empty(), "whisper-1", Duration.ofSeconds(5));
    }
}
