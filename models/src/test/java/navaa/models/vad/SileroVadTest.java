package navaa.models.vad;

import navaa.models.SpokenAudio;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SileroVadTest {

    private static SileroVad vad;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream model = SileroVadTest.class.getResourceAsStream("/navaa/models/weights/silero_vad_v5.onnx")) {
            assertTrue(model != null, "the build packages silero_vad_v5.onnx");
            vad = new SileroVad(model.readAllBytes());
        }
    }

    @AfterAll
    static void close() {
        vad.close();
    }

    @Test
    void findsTheTwoUtterancesBetweenPausesOfSpokenAudio() throws Exception {
        float[] first = SpokenAudio.say("Good morning, this recording starts with a short sentence.", "en-us", folder);
        float[] second = SpokenAudio.say("And after a pause of two seconds, a second speaker answers.", "en-us+f3", folder);
        float[] recording = SpokenAudio.concat(SpokenAudio.silence(1.0), first, SpokenAudio.silence(2.0), second, SpokenAudio.silence(1.0));

        // a comma pause inside an utterance may split it (Silero's 100 ms minimum silence):
        // what must hold is that speech is found where, and only where, someone speaks
        List<SpeechSegment> utterances = joinCloserThan(0.5, segments(recording));

        double rate = SileroVad.SAMPLE_RATE;
        double firstStart = 1.0;
        double firstEnd = firstStart + first.length / rate;
        double secondStart = firstEnd + 2.0;
        double secondEnd = secondStart + second.length / rate;
        assertEquals(2, utterances.size(), utterances::toString);
        // espeak-ng's own output begins and ends with a little silence; 0.35 s covers it and the pad
        assertEquals(firstStart, utterances.get(0).start(), 0.35, utterances::toString);
        assertEquals(firstEnd, utterances.get(0).end(), 0.35, utterances::toString);
        assertEquals(secondStart, utterances.get(1).start(), 0.35, utterances::toString);
        assertEquals(secondEnd, utterances.get(1).end(), 0.35, utterances::toString);
    }

    private static List<SpeechSegment> joinCloserThan(double gap, List<SpeechSegment> segments) {
        List<SpeechSegment> joined = new java.util.ArrayList<>();
        for (SpeechSegment s : segments) {
            if (!joined.isEmpty() && s.start() - joined.get(joined.size() - 1).end() < gap) {
                s = new SpeechSegment(joined.remove(joined.size() - 1).start(), s.end());
            }
            joined.add(s);
        }
        return joined;
    }

    @Test
    void silenceAndSteadyNoiseAreNotSpeech() {
        float[] noise = new float[SileroVad.SAMPLE_RATE * 3];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextGaussian() * 0.01);
        }
        assertEquals(List.of(), segments(SpokenAudio.concat(SpokenAudio.silence(2), noise)));
    }

    @Test
    void theContextCarriesAcrossChunksSoResettingChangesTheAnswer() throws Exception {
        float[] speech = SpokenAudio.say("Context matters for this model.", "en-us", folder);
        vad.reset();
        float[] chunk = Arrays.copyOfRange(speech, 8 * SileroVad.CHUNK, 9 * SileroVad.CHUNK);
        for (int c = 0; c < 8; c++) {
            vad.probability(Arrays.copyOfRange(speech, c * SileroVad.CHUNK, (c + 1) * SileroVad.CHUNK));
        }
        float streamed = vad.probability(chunk);
        vad.reset();
        float cold = vad.probability(chunk);
        assertTrue(Math.abs(streamed - cold) > 1e-4, "state and context must influence the result: " + streamed + " vs " + cold);
    }

    private static List<SpeechSegment> segments(float[] audio) {
        vad.reset();
        SpeechSegmenter segmenter = new SpeechSegmenter();
        for (int at = 0; at + SileroVad.CHUNK <= audio.length; at += SileroVad.CHUNK) {
            segmenter.accept(vad.probability(Arrays.copyOfRange(audio, at, at + SileroVad.CHUNK)));
        }
        return segmenter.finish();
    }
}
