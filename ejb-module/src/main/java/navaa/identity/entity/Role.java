package navaa.identity.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The roles an account can hold; a user may hold several. Wire and database form: {@link #value()}. */
public enum Role {
    // declared in precedence order: the first one held is the account's primary role
    ADMIN, DOCTOR, PATIENT, USER;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
    }

    /** The role shown where a document has a single {@code role} field. */
    public static Role primary(Collection<Role> held) {
        return held.stream().min(Comparator.naturalOrder()).orElse(USER);
    }
}
