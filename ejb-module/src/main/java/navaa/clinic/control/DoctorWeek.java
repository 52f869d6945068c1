package navaa.clinic.control;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Doc 003's working days: lower-case English day names, the Iranian week's order (Saturday first). */
public final class DoctorWeek {

    /** Saturday to Friday. */
    public static final List<DayOfWeek> ORDER = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private DoctorWeek() {
    }

    public static String name(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DayOfWeek> parse(String name) {
        return ORDER.stream().filter(day -> name(day).equals(name)).findFirst();
    }

    /** The days in the week's order, e.g. {@code saturday,sunday}: how they are stored. */
    public static String join(Collection<DayOfWeek> days) {
        return ORDER.stream().filter(days::contains).map(DoctorWeek::name).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> split(String stored) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(DoctorWeek::parse).flatMap(Optional::stream).forEach(days::add);
        }
        return days;
    }

    /** The days in the week's order, as names. */
    public static List<String> names(Collection<DayOfWeek> days) {
        return ORDER.stream().filter(days::contains).map(DoctorWeek::name).toList();
    }
}
