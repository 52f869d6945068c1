package navaa.models.diarization.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's words split into options and operands, as getopt_long does: {@code --name value}
 * or {@code --name=value}, {@code --} ends the options, a lone {@code -} is an operand. An
 * option takes a value unless it is a flag ({@code --transcribe}); none may be given twice.
 */
final class Arguments {

    private final Map<String, String> options;
    private final List<String> operands;

    private Arguments(Map<String, String> options, List<String> operands) {
        this.options = options;
        this.operands = operands;
    }

    /** @param known the option names the command takes, without the dashes */
    static Arguments parse(List<String> words, Set<String> known) throws UsageError {
        return parse(words, known, Set.of());
    }

    /** @param flags the options of {@code known} that take no value: present or not */
    static Arguments parse(List<String> words, Set<String> known, Set<String> flags) throws UsageError {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean onlyOperands = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyOperands || !word.startsWith("-") || word.equals("-")) {
                operands.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyOperands = true;
                continue;
            }
            if (!word.startsWith("--")) {
                throw new UsageError("unknown option " + word);
            }
            int equals = word.indexOf('=');
            String name = word.substring(2, equals < 0 ? word.length() : equals);
            if (!known.contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
            String value;
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageError("--" + name + " takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw new UsageError("--" + name + " needs a value");
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageError("--" + name + " is given twice");
            }
        }
        return new Arguments(options, List.copyOf(operands));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> operands() {
        return operands;
    }
}
