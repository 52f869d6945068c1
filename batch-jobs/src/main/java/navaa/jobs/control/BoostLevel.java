package navaa.jobs.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A boost's loudness gain as clients name it ({@code none}, {@code 2x} .. {@code 5x}) and
 * as the engine applies it (a factor, with a true-peak limiter after it). The one place
 * that turns the one into the other.
 */
public enum BoostLevel {
    NONE(1), X2(2), X3(3), X4(4), X5(5);

    private final int factor;

    BoostLevel(int factor) {
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    /** {@code none}, {@code 2x} .. {@code 5x}. */
    public String wire() {
        return this == NONE ? "none" : factor + "x";
    }

    public static Optional<BoostLevel> parse(String wire) {
        return Arrays.stream(values()).filter(level -> level.wire().equals(wire)).findFirst();
    }

    /** Every level's word, with or without {@code none}. */
    static List<String> wires(boolean withNone) {
        return Arrays.stream(values()).filter(level -> withNone || level != NONE).map(BoostLevel::wire).toList();
    }
}
