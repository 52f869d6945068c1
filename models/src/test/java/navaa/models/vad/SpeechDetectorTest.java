package navaa.models.vad;

import navaa.models.SpokenAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechDetectorTest {

    @TempDir
    Path folder;

    @Test
    void blocksOfAnyLengthGiveTheSameSegmentsAsTheWholeRecording() throws Exception {
        float[] speech = SpokenAudio.say("The detector is fed in odd blocks.", "en-us", folder);
        float[] recording = SpokenAudio.concat(SpokenAudio.silence(1.3), speech, SpokenAudio.silence(2), speech, SpokenAudio.silence(0.7));

        List<SpeechSegment> whole = SpeechDetector.of(recording);
        List<SpeechSegment> blocks;
        try (SpeechDetector detector = new SpeechDetector()) {
            float[] block = new float[777];
            for (int at = 0; at < recording.length; at += block.length) {
                int count = Math.min(block.length, recording.length - at);
                System.arraycopy(recording, at, block, 0, count);
                detector.accept(block, count);
            }
            blocks = detector.finish();
        }

        assertEquals(whole, blocks);
        assertEquals(2, whole.size(), whole::toString);
        assertTrue(Math.abs(whole.get(0).start() - 1.3) < 0.15, whole::toString);
        double second = 1.3 + speech.length / 16_000.0 + 2;
        assertTrue(Math.abs(whole.get(1).start() - second) < 0.15, whole::toString);
    }
}
