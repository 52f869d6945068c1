package navaa.jobs.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionGateTest {

    private final RegionGate gate = new RegionGate(List.of(new RegionGate.Region(1.0, 2.0), new RegionGate.Region(3.0, 3.5)), 2, 1000);

    @Test
    void keptRegionsPassUnchangedAndTheRestIsSilent() {
        float[] ones = new float[5000 * 2];
        Arrays.fill(ones, 1f);
        float[] out = new float[ones.length];
        assertEquals(5000, gate.process(ones, out, 5000));
        assertEquals(0f, out[500 * 2]);
        assertEquals(1f, out[1000 * 2]);
        assertEquals(1f, out[1999 * 2 + 1]);
        assertEquals(0f, out[2500 * 2]);
        assertEquals(1f, out[3200 * 2]);
        assertEquals(0f, out[4000 * 2]);
    }

    @Test
    void edgesFadeOverTwentyMillisecondsOutsideTheRegion() {
        assertEquals(0.5, gate.gain(1.0 - 0.01), 1e-9);
        assertEquals(0.0, gate.gain(1.0 - 0.02), 1e-9);
        assertEquals(0.5, gate.gain(2.0 + 0.01), 1e-9);
        assertEquals(1.0, gate.gain(1.5), 1e-9);
    }

    @Test
    void aRestoredGateContinuesAtItsPosition() {
        float[] ones = new float[3000];
        Arrays.fill(ones, 1f);
        float[] whole = new float[3000];
        new RegionGate(List.of(new RegionGate.Region(1.0, 2.0)), 1, 1000).process(ones, whole, 3000);

        RegionGate first = new RegionGate(List.of(new RegionGate.Region(1.0, 2.0)), 1, 1000);
        first.process(ones, new float[3000], 1500);
        RegionGate second = new RegionGate(List.of(new RegionGate.Region(1.0, 2.0)), 1, 1000);
        second.restore(first.snapshot());
        float[] rest = new float[1500];
        second.process(ones, rest, 1500);
        assertEquals(Arrays.toString(Arrays.copyOfRange(whole, 1500, 3000)), Arrays.toString(rest));
    }
}
