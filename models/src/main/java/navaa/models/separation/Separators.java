package navaa.models.separation;

/**
 * Chooses the separator of a stream: the customer's ONNX model if one is configured and its
 * file is there, else the stereo signal-processing method for two channels, else the mono one
 * (on the mean of the channels for more than two).
 */
public final class Separators {

    private Separators() {
    }

    /** The signal-processing separator for {@code channels} channels at {@code sampleRate} Hz (8 to 48 kHz). */
    public static Separator create(int channels, int sampleRate) {
        return create(null, channels, sampleRate);
    }

    /**
     * @param onnx the configured model, or null for none; a configured model whose file is
     *             missing is passed over for signal processing, and {@link Separator#method()}
     *             says so
     * @throws IllegalArgumentException if the model is used and {@code sampleRate} is not its
     *                                  rate (decode at {@link #sampleRate}), or if the model
     *                                  breaks the contract of {@link OnnxSeparationModel}
     */
    public static Separator create(OnnxSeparationConfig onnx, int channels, int sampleRate) {
        if (usesModel(onnx)) {
            if (sampleRate != onnx.sampleRate()) {
                throw new IllegalArgumentException("separation model " + onnx.model() + " works at "
                        + onnx.sampleRate() + " Hz, the stream is at " + sampleRate + " Hz");
            }
            return new OnnxSeparationModel(onnx, channels);
        }
        return channels == 2 ? SpectralSeparator.centreSideHarmonic(sampleRate)
                : SpectralSeparator.hpssRepet(channels, sampleRate);
    }

    /**
     * The method {@link #create} would choose, without loading anything: for the API to say
     * what a job will do before it runs.
     */
    public static SeparationMethod method(OnnxSeparationConfig onnx, int channels) {
        if (usesModel(onnx)) {
            return SeparationMethod.onnx(onnx.model());
        }
        return channels == 2 ? SeparationMethod.CENTRE_SIDE_HARMONIC : SeparationMethod.HPSS_REPET;
    }

    /**
     * The rate to decode a source of {@code sourceRate} Hz at for {@link #create}: the model's
     * rate if the model will be used, else the source's rate brought into 8 to 48 kHz.
     */
    public static int sampleRate(OnnxSeparationConfig onnx, int sourceRate) {
        if (usesModel(onnx)) {
            return onnx.sampleRate();
        }
        return Math.max(StftGeometry.MIN_RATE, Math.min(StftGeometry.MAX_RATE, sourceRate));
    }

    private static boolean usesModel(OnnxSeparationConfig onnx) {
        return onnx != null && onnx.present();
    }
}
