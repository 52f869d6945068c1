package navaa.models.denoise;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;

/**
 * One step of a DTLN stage on DJL's TFLite engine: input 0 a [1,1,width] float frame,
 * input 1 the [1,2,128,2] LSTM state (h and c of two layers); output 0 the [1,1,width]
 * result, output 1 the next state, which is kept here for the next step.
 * <p>
 * DJL hands inputs to TFLite by position, and TFLite checks only their byte counts, so a
 * swapped frame and state of model_2 (both 2048 bytes) would pass silently; the
 * positions are those of the files (a test reads the tensor names), and the output
 * shapes are checked once here. The inputs are direct native-order buffers, which DJL
 * wraps without copying, so a step only copies floats in and out; DJL still allocates its
 * output arrays (with a random UUID each) per call, which is why they are closed at once.
 * Not thread-safe.
 */
final class TfLiteStep implements AutoCloseable {

    /** Floats of the state: [1, layers 2, units 128, h and c]. */
    static final int STATE = 2 * 128 * 2;
    private static final Shape STATE_SHAPE = new Shape(1, 2, 128, 2);
    private static final System.Logger LOG = System.getLogger(TfLiteStep.class.getName());

    private final Model model;
    private final int width;
    private final FloatBuffer frame;
    private final FloatBuffer state;
    private final NDList inputs;
    private final ParameterStore parameters;

    /**
     * @param name for messages, e.g. the file name
     * @param weights the bytes of the .tflite file
     * @param width floats of the frame in and of the result out
     */
    TfLiteStep(String name, byte[] weights, int width) {
        TfLiteRuntime.start();
        this.width = width;
        model = Model.newInstance(name, TfLiteRuntime.ENGINE);
        try {
            model.load(new ByteArrayInputStream(weights));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IllegalStateException("cannot load " + name + " on TFLite: " + e.getMessage(), e);
        }
        deleteTemporaryFolder();
        NDManager manager = model.getNDManager();
        ByteBuffer frameBytes = ByteBuffer.allocateDirect(width * Float.BYTES).order(ByteOrder.nativeOrder());
        ByteBuffer stateBytes = ByteBuffer.allocateDirect(STATE * Float.BYTES).order(ByteOrder.nativeOrder());
        frame = frameBytes.asFloatBuffer();
        state = stateBytes.asFloatBuffer();
        inputs = new NDList(manager.create(frameBytes, new Shape(1, 1, width), DataType.FLOAT32),
                manager.create(stateBytes, STATE_SHAPE, DataType.FLOAT32));
        parameters = new ParameterStore(manager, false);
        try {
            checkOutputs(name);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs one step: reads {@code in[0..width)}, writes {@code out[0..width)}, keeps the new state. */
    void run(float[] in, float[] out) {
        frame.put(0, in, 0, width);
        try (NDList outputs = model.getBlock().forward(parameters, inputs, false)) {
            outputs.get(0).toByteBuffer().asFloatBuffer().get(0, out, 0, width);
            state.put(0, outputs.get(1).toByteBuffer().asFloatBuffer(), 0, STATE);
        }
    }

    /** A copy of the LSTM state. */
    float[] state() {
        float[] copy = new float[STATE];
        state.get(0, copy);
        return copy;
    }

    /** Replaces the LSTM state; zeros is the start of a stream. */
    void state(float[] values) {
        state.put(0, values, 0, STATE);
    }

    /**
     * DJL makes an empty folder {@code tflite-model*} in {@code java.io.tmpdir} per model
     * loaded from a stream and deletes it only when the JVM exits: one per job otherwise.
     */
    private void deleteTemporaryFolder() {
        try {
            Files.deleteIfExists(model.getModelPath());
        } catch (IOException e) {
            // the model is loaded; a folder left over is DJL's old behaviour, not a failure
            LOG.log(System.Logger.Level.DEBUG, "cannot delete DJL's folder {0}: {1}", model.getModelPath(), e);
        }
    }

    private void checkOutputs(String name) {
        try (NDList outputs = model.getBlock().forward(parameters, inputs, false)) {
            Shape result = outputs.size() == 2 ? outputs.get(0).getShape() : null;
            Shape next = outputs.size() == 2 ? outputs.get(1).getShape() : null;
            if (!new Shape(1, 1, width).equals(result) || !STATE_SHAPE.equals(next)) {
                throw new IllegalStateException(name + " gives " + describe(outputs) + ", expected (1, 1, "
                        + width + ") and " + STATE_SHAPE + ": not a DTLN stage");
            }
        }
    }

    private static String describe(NDList outputs) {
        StringBuilder shapes = new StringBuilder();
        for (NDArray output : outputs) {
            shapes.append(shapes.length() == 0 ? "" : ", ").append(output.getShape());
        }
        return outputs.size() + " outputs " + shapes;
    }

    @Override
    public void close() {
        inputs.close();
        model.close();
    }
}
