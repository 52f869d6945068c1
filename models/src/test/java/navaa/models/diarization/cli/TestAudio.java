package navaa.models.diarization.cli;

import navaa.models.SpokenAudio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files for the command tests: espeak-ng speech written as 16 kHz mono 16-bit WAV. */
final class TestAudio {

    static final int RATE = 16_000;

    private TestAudio() {
    }

    static Path say(Path folder, String name, String voice, String text) throws IOException, InterruptedException {
        return wav(folder.resolve(name), SpokenAudio.say(text, voice, folder));
    }

    /** Three espeak voices taking turns with pauses: bob (en-us) twice, carol (klatt4) twice, alice (f3) twice. */
    static Path meeting(Path folder, String name) throws IOException, InterruptedException {
        String[][] turns = {
                {"en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today."},
                {"en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter."},
                {"en-us+klatt4", "Sure, but please keep it short, we have a lot to cover this morning."},
                {"en-us", "Of course. Sales went up by twelve percent, mostly in the northern region."},
                {"en-us+f3", "That is great news. What about the costs of the new warehouse?"},
                {"en-us+klatt4", "The warehouse came in under budget, about five percent lower than planned."},
        };
        float[] audio = SpokenAudio.silence(0.5);
        for (String[] turn : turns) {
            audio = SpokenAudio.concat(audio, SpokenAudio.say(turn[1], turn[0], folder), SpokenAudio.silence(0.6));
        }
        return wav(folder.resolve(name), audio);
    }

    static Path wav(Path file, float[] samples) throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples.length)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(RATE).putInt(2 * RATE).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples.length);
        for (float s : samples) {
            wav.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
        }
        Files.write(file, wav.array());
        return file;
    }
}
