package navaa.models.diarization;

import navaa.models.SpokenAudio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording of several speakers with its truth: turns spoken by espeak-ng voices, laid
 * one after another with pauses (or overlapping the previous turn), and the reference
 * turns where each voice really sounds (espeak's leading and trailing silence trimmed).
 */
final class Conversation {

    static final int RATE = 16_000;

    private final Path folder;
    private float[] audio = new float[0];
    private final List<SpeakerTurn> truth = new ArrayList<>();

    Conversation(Path folder) {
        this.folder = folder;
    }

    /** A turn after a pause of {@code gap} seconds; a negative gap starts it that much before the previous turn ends. */
    Conversation say(String speaker, String voice, String text, double gap) throws IOException, InterruptedException {
        return add(speaker, SpokenAudio.say(text, voice, folder), gap);
    }

    /** A turn of recorded speech (16 kHz mono), placed as {@link #say} places one. */
    Conversation add(String speaker, float[] recording, double gap) {
        float[] speech = trimmed(recording);
        double lastEnd = truth.isEmpty() ? 0 : truth.get(truth.size() - 1).end();
        double start = Math.max(0, (truth.isEmpty() ? 0.5 : lastEnd) + gap);
        int at = (int) Math.round(start * RATE);
        if (at + speech.length > audio.length) {
            audio = java.util.Arrays.copyOf(audio, at + speech.length);
        }
        for (int i = 0; i < speech.length; i++) {
            audio[at + i] += speech[i];
        }
        truth.add(new SpeakerTurn(start, start + (double) speech.length / RATE, speaker));
        return this;
    }

    List<SpeakerTurn> truth() {
        return List.copyOf(truth);
    }

    float[] audio() {
        return SpokenAudio.concat(audio, SpokenAudio.silence(0.5));
    }

    double overlapSeconds() {
        double overlap = 0;
        for (int i = 1; i < truth.size(); i++) {
            overlap += Math.max(0, truth.get(i - 1).end() - truth.get(i).start());
        }
        return overlap;
    }

    Path wav(String name) throws IOException {
        float[] samples = audio();
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + 2 * samples.length).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(RATE).putInt(2 * RATE).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * samples.length);
        for (float s : samples) {
            wav.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
        }
        Path file = folder.resolve(name);
        Files.write(file, wav.array());
        return file;
    }

    /** Speech from its first to its last sample above −40 dBFS. */
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
