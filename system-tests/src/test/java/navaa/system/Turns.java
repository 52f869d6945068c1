package navaa.system;

import navaa.models.diarization.SpeakerTurn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation with its truth: espeak-ng voices taking turns after short pauses, and
 * where each really sounds (espeak's own leading and trailing silence trimmed), for
 * scoring a diarization against.
 */
final class Turns {

    static final int RATE = 16_000;

    private final Path folder;
    private float[] audio = new float[RATE / 2];
    private final List<SpeakerTurn> truth = new ArrayList<>();

    Turns(Path folder) {
        this.folder = folder;
    }

    Turns say(String speaker, String voice, String text, double pause) throws IOException, InterruptedException {
        float[] speech = trimmed(Signals.mono(Recordings.speech(folder, "turn-" + System.nanoTime() + ".wav", text, voice, 0.5, RATE, 1), RATE, folder));
        int at = audio.length + (int) Math.round(pause * RATE);
        float[] longer = java.util.Arrays.copyOf(audio, at + speech.length);
        System.arraycopy(speech, 0, longer, at, speech.length);
        audio = longer;
        truth.add(new SpeakerTurn((double) at / RATE, (double) (at + speech.length) / RATE, speaker));
        return this;
    }

    Path wav(String name) throws IOException {
        return Signals.writeWav(folder.resolve(name), java.util.Arrays.copyOf(audio, audio.length + RATE / 2), 1, RATE);
    }

    List<SpeakerTurn> truth() {
        return List.copyOf(truth);
    }

    private static float[] trimmed(float[] speech) {
        int first = 0;
        int last = speech.length - 1;
        while (first < last && Math.abs(speech[first]) < 0.01) {
            first++;
        }
        while (last > first && Math.abs(speech[last]) < 0.01) {
            last--;
        }
        return java.util.Arrays.copyOfRange(speech, first, last + 1);
    }
}
