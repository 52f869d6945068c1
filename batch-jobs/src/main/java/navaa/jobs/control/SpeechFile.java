package navaa.jobs.control;

import navaa.models.vad.SpeechSegment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A diarization's speech regions in its work folder ({@code speech.tsv}, start and end in
 * seconds per line): found once, so a resumed job does not scan the recording again.
 * Written whole to a temporary file and moved into place, so it exists complete or not at all.
 */
public final class SpeechFile {

    static final String NAME = "speech.tsv";

    private SpeechFile() {
    }

    public static void write(Path work, List<SpeechSegment> speech) {
        StringBuilder text = new StringBuilder();
        for (SpeechSegment s : speech) {
            text.append(String.format(Locale.ROOT, "%.6f\t%.6f%n", s.start(), s.end()));
        }
        try {
            OwnerOnly.directories(work);
            Path partial = work.resolve(NAME + ".partial");
            OwnerOnly.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, work.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the speech regions in " + work, e);
        }
    }

    public static Optional<List<SpeechSegment>> read(Path work) {
        Path file = work.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<SpeechSegment> speech = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] f = line.split("\t");
                    speech.add(new SpeechSegment(Double.parseDouble(f[0]), Double.parseDouble(f[1])));
                }
            }
            return Optional.of(speech);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
