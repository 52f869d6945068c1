package navaa.models.separation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The customer's model loaded, checked against {@link OnnxShapes} and by one run on a chunk
 * of silence, then run chunk by chunk: planar input [channel][T] in, the vocals (and the
 * accompaniment, if configured) planar out. A model with a fixed C of 1 runs once per channel;
 * one with a fixed C of 2 on a mono stream gets the channel twice and its outputs are averaged.
 * The tensors are pinned to direct buffers made once. Close it to free the native session.
 */
final class OnnxChunkRunner implements AutoCloseable {

    private final OnnxSeparationConfig config;
    private final int channels;
    private final int chunk;
    private final String where;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final int modelChannels;
    private final int stems;
    private final FloatBuffer modelIn;
    private final FloatBuffer modelOut;
    private final OnnxTensor inputTensor;
    private final OnnxTensor outputTensor;

    /** @throws IllegalArgumentException if the file cannot be loaded or breaks the contract */
    OnnxChunkRunner(OnnxSeparationConfig config, int channels) {
        this.config = config;
        this.channels = channels;
        this.chunk = config.chunkFrames();
        OnnxShapes shapes = new OnnxShapes(config, channels);
        this.where = shapes.where();
        OrtSession opened = open();
        try {
            inputName = shapes.singleInput(opened.getInputInfo());
            long[] in = shapes.checkedInput(opened.getInputInfo().get(inputName));
            modelChannels = in[1] < 0 ? channels : (int) in[1];
            outputName = opened.getOutputInfo().keySet().iterator().next();
            shapes.checkDeclaredOutput(opened.getOutputInfo().get(outputName));
            modelIn = direct(modelChannels * chunk);
            inputTensor = tensor(modelIn, new long[] {1, modelChannels, chunk});
        } catch (OrtException e) {
            close(opened);
            throw new IllegalArgumentException(where + "ONNX Runtime cannot read its inputs and outputs: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
        session = opened;
        try {
            stems = probe(shapes);
            modelOut = direct(stems * modelChannels * chunk);
            outputTensor = tensor(modelOut, new long[] {1, stems, modelChannels, chunk});
        } catch (RuntimeException e) {
            inputTensor.close();
            close(session);
            throw e;
        }
    }

    private OrtSession open() {
        if (!config.present()) {
            throw new IllegalArgumentException(where + "no such file");
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            return environment.createSession(config.model().toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException(where + "not a model ONNX Runtime can load: " + e.getMessage(), e);
        }
    }

    /** Runs a chunk of silence; returns the number of stems, having checked the output's real shape. */
    private int probe(OnnxShapes shapes) {
        try (OrtSession.Result result = session.run(Map.of(inputName, inputTensor))) {
            OnnxValue value = result.get(0);
            long[] shape = value instanceof OnnxTensor tensor ? tensor.getInfo().getShape() : new long[0];
            return shapes.checkedRun(shape, modelChannels, outputName);
        } catch (OrtException e) {
            throw new IllegalArgumentException(where + "fails on a chunk [1, " + modelChannels + ", " + chunk
                    + "] of silence: " + e.getMessage(), e);
        }
    }

    /** S, the stems the model gives. */
    int stems() {
        return stems;
    }

    /** The stems of {@code chunkIn} into {@code vocals} and, unless null, {@code accompaniment}. */
    void separate(float[] chunkIn, float[] vocals, float[] accompaniment) {
        if (modelChannels == channels) {
            modelIn.put(0, chunkIn, 0, channels * chunk);
            run();
            for (int c = 0; c < channels; c++) {
                copyStems(c, vocals, accompaniment, c);
            }
        } else if (modelChannels == 1) {
            for (int c = 0; c < channels; c++) {
                modelIn.put(0, chunkIn, c * chunk, chunk);
                run();
                copyStems(0, vocals, accompaniment, c);
            }
        } else { // a stereo model on a mono stream
            modelIn.put(0, chunkIn, 0, chunk);
            modelIn.put(chunk, chunkIn, 0, chunk);
            run();
            averageOfTwo(config.vocalsStem(), vocals);
            if (accompaniment != null) {
                averageOfTwo(config.accompanimentStem(), accompaniment);
            }
        }
    }

    private void run() {
        try (OrtSession.Result ignored = session.run(Map.of(inputName, inputTensor), Map.of(outputName, outputTensor))) {
            // the output is in modelOut
        } catch (OrtException e) {
            throw new IllegalStateException(where + "a run failed: " + e.getMessage(), e);
        }
    }

    /** Model output [stem][modelChannel][*] to the stream's channel {@code channel}. */
    private void copyStems(int modelChannel, float[] vocals, float[] accompaniment, int channel) {
        modelOut.get((config.vocalsStem() * modelChannels + modelChannel) * chunk, vocals, channel * chunk, chunk);
        if (accompaniment != null) {
            modelOut.get((config.accompanimentStem() * modelChannels + modelChannel) * chunk, accompaniment, channel * chunk, chunk);
        }
    }

    private void averageOfTwo(int stem, float[] target) {
        int first = stem * 2 * chunk;
        for (int t = 0; t < chunk; t++) {
            target[t] = 0.5f * (modelOut.get(first + t) + modelOut.get(first + chunk + t));
        }
    }

    /** A tensor over a direct buffer, which ONNX Runtime reads or writes in place. */
    private OnnxTensor tensor(FloatBuffer buffer, long[] shape) {
        try {
            return OnnxTensor.createTensor(environment, buffer, shape);
        } catch (OrtException e) {
            throw new IllegalStateException(where + "cannot make a tensor " + OnnxShapes.text(shape) + ": " + e.getMessage(), e);
        }
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void close() {
        inputTensor.close();
        outputTensor.close();
        close(session);
    }

    private void close(OrtSession opened) {
        try {
            opened.close();
        } catch (OrtException e) {
            throw new IllegalStateException(where + "cannot close the session: " + e.getMessage(), e);
        }
    }
}
