package navaa.models.diarization;

import navaa.models.SpokenAudio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real people's voices: the Asterisk PBX's recorded prompts from Debian's
 * {@code asterisk-core-sounds-*-wav} packages (8 kHz telephone speech, CC BY-SA 3.0,
 * Digium): Allison Smith (English), June Wallack (Canadian French), Carlo (Italian) and
 * a Russian voice. {@code .ci/run} installs them. A turn is a few prompts in a row.
 */
final class RealVoices {

    static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds");
    /** Folder, speaker: four different people. */
    static final List<String[]> VOICES = List.of(
            new String[]{"en", "allison"}, new String[]{"fr", "june"}, new String[]{"it", "carlo"}, new String[]{"ru", "ivr-ru"});

    private RealVoices() {
    }

    static boolean installed() {
        return VOICES.stream().allMatch(v -> Files.isDirectory(SOUNDS.resolve(v[0])));
    }

    /** The prompts of one voice, in name order, longer than 1.2 s (short ones are single words). */
    static List<Path> prompts(String folder) throws IOException {
        try (Stream<Path> files = Files.list(SOUNDS.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".wav")).filter(p -> p.toFile().length() > 1.2 * 16_000)
                    .sorted().toList();
        }
    }

    /** Prompts {@code from} to {@code from + count − 1} of a voice, joined with short pauses, at 16 kHz. */
    static float[] turn(String folder, int from, int count, Path scratch) throws IOException, InterruptedException {
        List<Path> prompts = prompts(folder);
        List<float[]> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(SpokenAudio.read(prompts.get((from + i) % prompts.size()), scratch));
            parts.add(SpokenAudio.silence(0.2));
        }
        return SpokenAudio.concat(parts.toArray(float[][]::new));
    }
}
