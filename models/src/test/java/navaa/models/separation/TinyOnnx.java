package navaa.models.separation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stand-in separation models, written as ONNX protobuf by hand (ONNX Runtime runs models but
 * cannot build them, and the build has no onnx package): field numbers from onnx.proto, ir
 * version 8, opset 13.
 */
final class TinyOnnx {

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_INT = 2;

    private TinyOnnx() {
    }

    /**
     * {@code stems = Concat(Unsqueeze(first·mix), Unsqueeze(second·mix), axis 1)}: input "mix"
     * [1, channels, samples], output "stems" [1, 2, channels, samples].
     *
     * @param channels and {@code samples}: a fixed size, or a negative number for a dynamic one
     */
    static byte[] twoScaledStems(float first, float second, long channels, long samples) {
        Message graph = new Message()
                .message(1, node("Mul", "first", new String[] {"mix", "a"}, "scaled_a"))
                .message(1, node("Mul", "second", new String[] {"mix", "b"}, "scaled_b"))
                .message(1, node("Unsqueeze", "stem_a", new String[] {"scaled_a", "axes"}, "stem_a"))
                .message(1, node("Unsqueeze", "stem_b", new String[] {"scaled_b", "axes"}, "stem_b"))
                .message(1, node("Concat", "stems", new String[] {"stem_a", "stem_b"}, "stems")
                        .message(5, new Message().string(1, "axis").varint(3, 1).varint(20, ATTRIBUTE_INT)))
                .string(2, "two_scaled_stems")
                .message(5, scalar("a", first))
                .message(5, scalar("b", second))
                .message(5, int64Vector("axes", 1))
                .message(11, valueInfo("mix", 1, channels, samples))
                .message(12, valueInfo("stems", 1, 2, channels, samples));
        return model(graph);
    }

    /**
     * {@code stems = 0.5·mix}: an output of rank 3 [1, channels, samples], which breaks the
     * contract; declared as such, or with no shape (as many exported graphs declare their
     * outputs), when only a run can tell.
     */
    static byte[] rankThreeOutput(boolean declared) {
        Message graph = new Message()
                .message(1, node("Mul", "half", new String[] {"mix", "a"}, "stems"))
                .string(2, "rank_three")
                .message(5, scalar("a", 0.5f))
                .message(11, valueInfo("mix", 1, -1, -1))
                .message(12, declared ? valueInfo("stems", 1, -1, -1) : valueInfo("stems"));
        return model(graph);
    }

    /**
     * {@code stems = Unsqueeze(mix[:, :, 1:])}: one stem, declared [1, 1, ?, ?], one sample
     * shorter than the input, which only a run shows.
     */
    static byte[] oneSampleShort() {
        Message graph = new Message()
                .message(1, node("Slice", "cut", new String[] {"mix", "starts", "ends", "axis"}, "cut"))
                .message(1, node("Unsqueeze", "stem", new String[] {"cut", "stem_axis"}, "stems"))
                .string(2, "one_sample_short")
                .message(5, int64Vector("starts", 1))
                .message(5, int64Vector("ends", Long.MAX_VALUE))
                .message(5, int64Vector("axis", 2))
                .message(5, int64Vector("stem_axis", 1))
                .message(11, valueInfo("mix", 1, -1, -1))
                .message(12, valueInfo("stems", 1, 1, -1, -1));
        return model(graph);
    }

    static Path write(byte[] model, Path folder, String name) throws IOException {
        return Files.write(folder.resolve(name), model);
    }

    private static byte[] model(Message graph) {
        return new Message()
                .varint(1, 8)
                .string(2, "navaa-test")
                .message(7, graph)
                .message(8, new Message().string(1, "").varint(2, 13))
                .toByteArray();
    }

    private static Message node(String op, String name, String[] inputs, String output) {
        Message node = new Message();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(3, name).string(4, op);
    }

    private static Message scalar(String name, float value) {
        byte[] raw = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array();
        return new Message().varint(2, FLOAT).string(8, name).bytes(9, raw);
    }

    private static Message int64Vector(String name, long value) {
        return new Message().varint(1, 1).varint(2, INT64).string(8, name).bytes(9, int64(value));
    }

    private static byte[] int64(long value) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
    }

    /** A float tensor's name and shape; negative sizes become dynamic dimensions, no sizes at all no shape. */
    private static Message valueInfo(String name, long... dims) {
        Message shape = new Message();
        for (int i = 0; i < dims.length; i++) {
            shape.message(1, dims[i] < 0 ? new Message().string(2, name + "_dim" + i) : new Message().varint(1, dims[i]));
        }
        Message tensor = new Message().varint(1, FLOAT);
        if (dims.length > 0) {
            tensor.message(2, shape);
        }
        return new Message().string(1, name).message(2, new Message().message(1, tensor));
    }

    /** Protobuf wire format: varints (type 0) and length-delimited fields (type 2) are all these models need. */
    private static final class Message {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Message varint(int field, long value) {
            tag(field, 0);
            raw(value);
            return this;
        }

        Message bytes(int field, byte[] value) {
            tag(field, 2);
            raw(value.length);
            bytes.writeBytes(value);
            return this;
        }

        Message string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Message message(int field, Message value) {
            return bytes(field, value.toByteArray());
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        private void tag(int field, int wireType) {
            raw((long) field << 3 | wireType);
        }

        private void raw(long value) {
            while ((value & ~0x7FL) != 0) {
                bytes.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes.write((int) value);
        }
    }
}
