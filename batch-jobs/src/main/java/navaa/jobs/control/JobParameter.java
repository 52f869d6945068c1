package navaa.jobs.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parameter a kind of job reads (see {@link JobKind#parameters()}): its name in the job's
 * parameters and in the upload forms, the values it takes, what it means on a job that has
 * none, and the message that tells a client the values. The forms check a value with
 * {@link #allows}, the engine reads it with {@link #read}: nothing else parses it.
 *
 * @param absent the value a job without this parameter has; empty: a job must have it
 */
public record JobParameter(String name, List<String> values, Optional<String> absent, String messageKey) {

    /** A boost's level, which a boost job must have. */
    public static final JobParameter BOOST_LEVEL =
            new JobParameter("boost_level", BoostLevel.wires(false), Optional.empty(), "field.boostLevel");
    /** The boost after another service's work: none unless asked. */
    public static final JobParameter OPTIONAL_BOOST_LEVEL =
            new JobParameter("boost_level", BoostLevel.wires(true), Optional.of("none"), "field.boostLevel");
    /** The separation's primary stem ({@code both}: doc 001's, which links both). */
    public static final JobParameter OUTPUT_TYPE =
            new JobParameter("output_type", List.of("vocals", "instrumental", "both"), Optional.of("vocals"), "field.outputType");

    public JobParameter {
        values = List.copyOf(values);
    }

    public boolean allows(String value) {
        return values.contains(value);
    }

    /** The same parameter offering fewer of its values, for a path whose document offers those only. */
    public JobParameter only(String... offered) {
        List<String> fewer = List.of(offered);
        if (!values.containsAll(fewer)) {
            throw new IllegalArgumentException(name + " takes " + values + ", not all of " + fewer);
        }
        return new JobParameter(name, fewer, absent, messageKey);
    }

    /**
     * A recorded job's value, or what its absence means. A job breaking the rules was
     * recorded past the checks (by hand, or by an older version): it fails rather than runs
     * with a guess.
     */
    public String read(Map<String, String> parameters) {
        String value = Optional.ofNullable(parameters.get(name)).or(() -> absent)
                .orElseThrow(() -> new IllegalArgumentException("the job has no " + name));
        if (!allows(value)) {
            throw new IllegalArgumentException(name + " \"" + value + "\" is not one of " + values);
        }
        return value;
    }
}
