package navaa.models.diarization.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code enroll --db voices.json NAME SAMPLE...}: NAME as given (any script), the samples in order. */
record EnrollOptions(Path voices, String name, List<Path> samples) {

    static final String USAGE = "navaa enroll --db voices.json NAME SAMPLE...";

    EnrollOptions {
        samples = List.copyOf(samples);
    }

    static EnrollOptions parse(List<String> words) throws UsageError {
        Arguments arguments = Arguments.parse(words, Set.of("db"));
        Path voices = DiarizeOptions.path(arguments.option("db")
                .orElseThrow(() -> new UsageError("--db is needed: the voice database file to add the speaker to (made if missing)")), "--db");
        List<String> operands = arguments.operands();
        if (operands.isEmpty()) {
            throw new UsageError("NAME and at least one SAMPLE are missing");
        }
        String name = operands.get(0).strip();
        if (name.isEmpty()) {
            throw new UsageError("NAME is empty");
        }
        if (operands.size() < 2) {
            throw new UsageError("at least one SAMPLE of " + name + " speaking alone is needed");
        }
        List<Path> samples = new ArrayList<>();
        for (String sample : operands.subList(1, operands.size())) {
            samples.add(DiarizeOptions.path(sample, "SAMPLE"));
        }
        return new EnrollOptions(voices, name, samples);
    }
}
