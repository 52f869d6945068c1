package navaa.models.separation;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;

import java.util.Arrays;
import java.util.Map;

/**
 * The model's contract as its declared shapes tell it (see {@link OnnxSeparationModel}): one
 * float input {@code [1, C, T]}, a first float output {@code [1, S, C, T]} with the stems the
 * configuration names. A breach is an {@link IllegalArgumentException} that names the file and
 * what is wrong.
 */
record OnnxShapes(OnnxSeparationConfig config, int channels) {

    /** The words every refusal starts with. */
    String where() {
        return "separation model " + config.model() + ": ";
    }

    String singleInput(Map<String, NodeInfo> inputs) {
        if (inputs.size() != 1) {
            throw refusal("has " + inputs.size() + " inputs " + inputs.keySet()
                    + ", the contract is one input [1, channels, samples]");
        }
        return inputs.keySet().iterator().next();
    }

    /** The input's declared shape, checked against [1, C, T]. */
    long[] checkedInput(NodeInfo input) {
        long[] shape = floatTensorShape(input, "input");
        String name = "input '" + input.getName() + "' ";
        if (shape.length != 3) {
            throw refusal(name + "has shape " + text(shape) + " (rank " + shape.length + "), the contract is [1, channels, samples]");
        }
        if (shape[0] > 1) {
            throw refusal(name + "has a batch of " + shape[0] + ", the contract is 1");
        }
        long c = shape[1];
        if (c >= 0 && c != channels && c != 1 && !(c == 2 && channels == 1)) {
            throw refusal(name + "takes " + c + " channels, the stream has " + channels);
        }
        if (shape[2] >= 0 && shape[2] != config.chunkFrames()) {
            throw refusal(name + "takes chunks of " + shape[2] + " samples, the configuration says " + config.chunkFrames());
        }
        return shape;
    }

    void checkDeclaredOutput(NodeInfo output) {
        long[] shape = floatTensorShape(output, "output");
        if (shape.length == 0) {
            return; // no shape declared, none inferred: the probe run decides
        }
        if (shape.length != 4) {
            throw refusal("output '" + output.getName() + "' has shape " + text(shape)
                    + " (rank " + shape.length + "), the contract is [1, stems, channels, samples]");
        }
        checkStems(shape[1], output.getName());
    }

    /** The real output of a run on a chunk of {@code modelChannels}; returns S. */
    int checkedRun(long[] shape, int modelChannels, String outputName) {
        int chunk = config.chunkFrames();
        long[] wanted = {1, shape.length > 1 ? shape[1] : -1, modelChannels, chunk};
        if (shape.length != 4 || shape[0] != 1 || shape[2] != modelChannels || shape[3] != chunk) {
            throw refusal("on a chunk [1, " + modelChannels + ", " + chunk + "] the output '" + outputName
                    + "' is " + text(shape) + ", the contract is " + text(wanted));
        }
        checkStems(shape[1], outputName);
        return (int) shape[1];
    }

    private void checkStems(long stemCount, String name) {
        int needed = Math.max(config.vocalsStem(), config.accompanimentStem()) + 1;
        if (stemCount >= 0 && stemCount < needed) {
            throw refusal("output '" + name + "' has " + stemCount + " stems, the configuration wants stem " + (needed - 1));
        }
    }

    private long[] floatTensorShape(NodeInfo node, String what) {
        if (!(node.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT) {
            throw refusal(what + " '" + node.getName() + "' is " + node.getInfo() + ", the contract is a float tensor");
        }
        return tensor.getShape();
    }

    private IllegalArgumentException refusal(String what) {
        return new IllegalArgumentException(where() + what);
    }

    static String text(long[] shape) {
        return Arrays.toString(shape).replace("-1", "?");
    }
}
