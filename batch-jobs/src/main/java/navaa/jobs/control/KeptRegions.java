package navaa.jobs.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The regions a speaker extraction keeps, one {@code start<TAB>end} line (seconds) each,
 * in the job's work folder: the analysis step writes it once, and the process step (also
 * when resumed) gates the audio by it.
 */
public final class KeptRegions {

    static final String NAME = "kept-regions.tsv";

    private KeptRegions() {
    }

    public static void write(Path work, List<RegionGate.Region> regions) {
        String lines = regions.stream()
                .map(r -> String.format(Locale.ROOT, "%.6f\t%.6f%n", r.start(), r.end()))
                .collect(Collectors.joining());
        Path file = work.resolve(NAME);
        Path aside = work.resolve(NAME + ".new");
        try {
            OwnerOnly.directories(work);
            OwnerOnly.writeString(aside, lines, StandardCharsets.US_ASCII);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The regions, or empty when the analysis has not finished. */
    public static Optional<List<RegionGate.Region>> read(Path work) {
        Path file = work.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(cells -> new RegionGate.Region(Double.parseDouble(cells[0]), Double.parseDouble(cells[1])))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
