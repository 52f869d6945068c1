package navaa.clinic.control;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person's name as shown to others: first and last name; null when they gave neither. */
public final class PersonNames {

    private PersonNames() {
    }

    public static String full(String first, String last) {
        String name = Stream.of(first, last).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
