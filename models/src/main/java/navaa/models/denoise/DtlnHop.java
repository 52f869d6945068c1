package navaa.models.denoise;

import java.util.Arrays;

/**
 * The per-hop kernel of DTLN (Westhausen and Meyer, "Dual-signal transformation LSTM
 * network for real-time noise suppression", Interspeech 2020), as in the authors'
 * {@code real_time_processing_tf_lite.py}: 128 new samples at 16 kHz in, 128 enhanced
 * samples out, 384 samples (24 ms) later than they went in.
 * <p>
 * Buffers are made in the constructor; a hop allocates nothing itself (DJL does, see
 * {@link TfLiteStep}). Not thread-safe.
 */
final class DtlnHop implements AutoCloseable {

    /** Samples per model frame (32 ms). */
    static final int FRAME = 512;
    /** New samples per hop (8 ms). */
    static final int HOP = 128;
    /** Delay from a sample in to the same sample out, in samples. */
    static final int DELAY = FRAME - HOP;

    private final RealFft fft = new RealFft(FRAME);
    private final TfLiteStep maskStage;
    private final TfLiteStep timeStage;
    private final float[] frame = new float[FRAME];
    private final float[] overlap = new float[FRAME];
    private final float[] re = new float[FRAME / 2 + 1];
    private final float[] im = new float[FRAME / 2 + 1];
    private final float[] magnitude = new float[FRAME / 2 + 1];
    private final float[] mask = new float[FRAME / 2 + 1];
    private final float[] masked = new float[FRAME];
    private final float[] enhanced = new float[FRAME];

    /**
     * @param model1 the bytes of {@code model_1.tflite}
     * @param model2 the bytes of {@code model_2.tflite}
     */
    DtlnHop(byte[] model1, byte[] model2) {
        maskStage = new TfLiteStep("DTLN model_1", model1, FRAME / 2 + 1);
        try {
            timeStage = new TfLiteStep("DTLN model_2", model2, FRAME);
        } catch (RuntimeException e) {
            maskStage.close();
            throw e;
        }
    }

    /** Takes {@code in[from..from+HOP)}, writes {@code out[to..to+HOP)}. */
    void process(float[] in, int from, float[] out, int to) {
        shiftIn(in, from);
        maskSpectrum();
        // step 4: model_2 enhances the masked frame in a learned time-domain basis
        timeStage.run(masked, enhanced);
        overlapAdd(out, to);
    }

    /** Step 1: the newest {@link #FRAME} samples, oldest first. */
    private void shiftIn(float[] in, int from) {
        System.arraycopy(frame, HOP, frame, 0, FRAME - HOP);
        System.arraycopy(in, from, frame, FRAME - HOP, HOP);
    }

    /**
     * Steps 2 and 3: model_1 gives a mask in 0..1 per bin from the linear magnitude of the
     * unwindowed spectrum. Scaling the complex bin by the real mask keeps its phase, so it
     * equals the reference's {@code mag·mask·e^{j·phase}} without the atan2 and exp.
     */
    private void maskSpectrum() {
        fft.forward(frame, re, im);
        for (int k = 0; k < re.length; k++) {
            magnitude[k] = (float) Math.sqrt((double) re[k] * re[k] + (double) im[k] * im[k]);
        }
        maskStage.run(magnitude, mask);
        for (int k = 0; k < re.length; k++) {
            re[k] *= mask[k];
            im[k] *= mask[k];
        }
        fft.inverse(re, im, masked);
    }

    /** Step 5: no synthesis window, the model's frames add up to the signal. */
    private void overlapAdd(float[] out, int to) {
        System.arraycopy(overlap, HOP, overlap, 0, FRAME - HOP);
        Arrays.fill(overlap, FRAME - HOP, FRAME, 0f);
        for (int i = 0; i < FRAME; i++) {
            overlap[i] += enhanced[i];
        }
        System.arraycopy(overlap, 0, out, to, HOP);
    }

    /** Copies of the state, in the order of {@link DtlnDenoiser.State}'s first four fields. */
    float[][] save() {
        return new float[][] {maskStage.state(), timeStage.state(), frame.clone(), overlap.clone()};
    }

    /** Puts back what {@link #save()} returned (or zeros: a new stream). */
    void load(float[] maskState, float[] timeState, float[] frameSamples, float[] overlapSamples) {
        maskStage.state(maskState);
        timeStage.state(timeState);
        System.arraycopy(frameSamples, 0, frame, 0, FRAME);
        System.arraycopy(overlapSamples, 0, overlap, 0, FRAME);
    }

    @Override
    public void close() {
        try (maskStage) {
            timeStage.close();
        }
    }
}
