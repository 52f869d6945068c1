package navaa.models.separation;

/** Median of a few shorts, sorted in place: the windows here hold 5 to 41 values, where insertion sort is fastest. */
final class Medians {

    private Medians() {
    }

    /** The median of {@code values[0..count)}, the upper one of the two middle values for an even count; reorders them. */
    static short of(short[] values, int count) {
        for (int i = 1; i < count; i++) {
            short v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
        return values[count / 2];
    }
}
