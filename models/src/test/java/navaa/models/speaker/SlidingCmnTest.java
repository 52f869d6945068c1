package navaa.models.speaker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SlidingCmnTest {

    @Test
    void theCentredWindowShiftsToStayInsideAtBothEdges() {
        // frame t has value t; window 4 is frames [t-2, t+2) moved inside [0, 6)
        float[][] in = column(0, 1, 2, 3, 4, 5);
        float[][] out = new SlidingCmn(4).apply(in);
        // t=0,1,2: window [0,4), mean 1.5; t=3: [1,5), mean 2.5; t=4,5: [2,6), mean 3.5
        assertArrayEquals(new float[]{-1.5f, -0.5f, 0.5f, 0.5f, 0.5f, 1.5f}, values(out), 1e-6f);
        assertEquals(0f, in[0][0], "the input is not changed");
    }

    @Test
    void fewerFramesThanTheWindowUseTheMeanOfAll() {
        float[][] out = SlidingCmn.vosk().apply(column(1, 2, 3, 10));
        assertArrayEquals(new float[]{-3f, -2f, -1f, 6f}, values(out), 1e-6f);
    }

    @Test
    void eachDimensionIsNormalisedOnItsOwn() {
        float[][] in = new float[400][2];
        for (int t = 0; t < 400; t++) {
            in[t][0] = 7;
            in[t][1] = t;
        }
        float[][] out = SlidingCmn.vosk().apply(in);
        for (int t = 0; t < 400; t++) {
            assertEquals(0, out[t][0], 1e-5, "a constant vanishes");
        }
        // inside, the window [t-150, t+150) of a ramp has mean t - 0.5
        assertEquals(0.5, out[200][1], 1e-4);
        // at the start the window is [0, 300): mean 149.5
        assertEquals(-149.5, out[0][1], 1e-4);
    }

    private static float[][] column(float... values) {
        float[][] m = new float[values.length][1];
        for (int i = 0; i < values.length; i++) {
            m[i][0] = values[i];
        }
        return m;
    }

    private static float[] values(float[][] column) {
        float[] v = new float[column.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = column[i][0];
        }
        return v;
    }
}
