package navaa.models.dsp;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The gain envelope of a look-ahead limiter: from the gain each frame requires, a minimum held
 * over {@code hold} frames, an exponential release towards 1, then the mean over
 * {@code lookAhead} frames. The mean turns each drop into a linear ramp of {@code lookAhead}
 * frames, and because the hold is longer than the mean by {@code hold - lookAhead} frames,
 * every output of the mean from {@code lookAhead - 1} to {@code hold - 1} frames after a
 * frame's requirement is at or below it: the caller delays the audio to fall in that span.
 */
final class LimiterGain {

    record State(double[] minima, long[] minimaFrames, int head, int size, long frame,
                 double released, double[] window, double windowSum) implements Serializable {
        State {
        // copied going in; only this class's restore reads them, and it copies them out
            minima = minima.clone();
            minimaFrames = minimaFrames.clone();
            window = window.clone();
        }
    }

    private final int hold;
    private final double releaseStep;
    /** Ascending minima of the hold window (a monotonic wedge), as a ring: O(1) per frame. */
    private final double[] minima;
    private final long[] minimaFrames;
    private int head;
    private int size;
    private long frame;
    private double released = 1.0;
    /** The last lookAhead released gains, a ring indexed by frame. */
    private final double[] window;
    private double windowSum;

    /** @param releaseFrames time constant of the release in frames (samples per channel) */
    LimiterGain(int lookAhead, int hold, double releaseFrames) {
        this.hold = hold;
        this.releaseStep = 1.0 - Math.exp(-1.0 / releaseFrames);
        this.minima = new double[hold];
        this.minimaFrames = new long[hold];
        this.window = new double[lookAhead];
        Arrays.fill(window, 1.0);
        this.windowSum = lookAhead;
    }

    /** Takes the gain this frame requires (at most 1) and returns the gain to apply now. */
    double next(double required) {
        double held = holdMinimum(required);
        released = Math.min(held, released + releaseStep * (1.0 - released));
        return movingMean(released);
    }

    private double holdMinimum(double required) {
        if (size > 0 && minimaFrames[head] <= frame - hold) {
            head = (head + 1) % hold;
            size--;
        }
        while (size > 0 && minima[(head + size - 1) % hold] >= required) {
            size--;
        }
        minima[(head + size) % hold] = required;
        minimaFrames[(head + size) % hold] = frame;
        size++;
        frame++;
        return minima[head];
    }

    private double movingMean(double gain) {
        int at = (int) (frame % window.length);
        windowSum += gain - window[at];
        window[at] = gain;
        if (at == 0) {
            // a running sum drifts by rounding over hours; start it afresh once per lap
            windowSum = 0;
            for (double g : window) {
                windowSum += g;
            }
        }
        return windowSum / window.length;
    }

    State snapshot() {
        return new State(minima, minimaFrames, head, size, frame, released, window, windowSum);
    }

    void restore(State state) {
        System.arraycopy(state.minima(), 0, minima, 0, minima.length);
        System.arraycopy(state.minimaFrames(), 0, minimaFrames, 0, minima.length);
        head = state.head();
        size = state.size();
        frame = state.frame();
        released = state.released();
        System.arraycopy(state.window(), 0, window, 0, window.length);
        windowSum = state.windowSum();
    }
}
