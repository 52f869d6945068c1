package navaa.models.separation;

/**
 * The frequencies a voice can have: none under 60 Hz (the lowest sung and spoken fundamentals
 * lie above 70 Hz; what is down there is bass and kick drum, usually panned to the centre with
 * the voice), all from 120 Hz, a raised-cosine ramp between so that the mask has no edge.
 */
final class VocalBand {

    static final double FLOOR_HZ = 60;
    static final double FULL_HZ = 120;

    private VocalBand() {
    }

    /** The gain 0..1 of each bin. */
    static float[] gains(StftGeometry geometry) {
        float[] gains = new float[geometry.bins()];
        for (int k = 0; k < gains.length; k++) {
            double hz = k * geometry.binHz();
            double x = Math.max(0, Math.min(1, (hz - FLOOR_HZ) / (FULL_HZ - FLOOR_HZ)));
            gains[k] = (float) (0.5 - 0.5 * Math.cos(Math.PI * x));
        }
        return gains;
    }
}
