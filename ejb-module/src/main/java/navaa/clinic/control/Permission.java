package navaa.clinic.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a doctor's access grant lets them do with a patient's data (doc 003's {@code permissions}). */
public enum Permission {
    /** The patient's profile, encounters and notes. */
    VIEW_HISTORY,
    /** The patient's medical files (lab results, imaging, prescriptions). */
    VIEW_REPORTS,
    /** Writing notes in the patient's record. */
    ADD_NOTES;

    public String value() {
        return name().toLowerCase();
    }

    public static Optional<Permission> parse(String value) {
        return Arrays.stream(values()).filter(p -> p.value().equals(value)).findFirst();
    }

    /** The stored form: comma-separated values in declaration order. */
    public static String join(Set<Permission> permissions) {
        return permissions.stream().sorted().map(Permission::value).collect(Collectors.joining(","));
    }

    public static Set<Permission> split(String stored) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String value : stored.split(",")) {
            parse(value.strip()).ifPresent(permissions::add);
        }
        return permissions;
    }
}
