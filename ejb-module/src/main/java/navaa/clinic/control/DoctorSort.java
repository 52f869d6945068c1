package navaa.clinic.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Doc 003's {@code sort_by} of the doctor search: best rated, most experienced, or cheapest first. */
public enum DoctorSort {
    RATING("rating DESC, ratings DESC"),
    EXPERIENCE("CASE WHEN p.experience_years IS NULL THEN 1 ELSE 0 END, p.experience_years DESC"),
    PRICE("CASE WHEN p.in_person_consultation_fee IS NULL THEN 1 ELSE 0 END, p.in_person_consultation_fee ASC");

    private final String orderBy;

    DoctorSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The ORDER BY terms; the doctor's number always follows, so pages never overlap. */
    String orderBy() {
        return orderBy;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DoctorSort> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
