package navaa.models.transcription;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete ggml Whisper model file of the real layout and tiny size (4 encoder blocks and 1 decoder
 * block, state 8, every weight zero): no trained model can be fetched here, but this one
 * whisper.cpp loads (it refuses any tensor of the wrong name, shape or size) and runs, so the
 * slot's whole path is tested for real; what it "hears" is meaningless.
 */
final class TinyWhisperModel {

    static final int STATE = 8;
    static final int HEADS = 2;
    static final int AUDIO_CONTEXT = 1500;
    /** Short, so that decoding the weights' random guesses (up to n_text_ctx / 2 tokens) is quick. */
    static final int TEXT_CONTEXT = 32;
    static final int MELS = 80;
    /** whisper.cpp knows a model's size by its encoder's layers, and needs to: 4 is "tiny". */
    static final int AUDIO_LAYERS = 4;
    static final int TEXT_LAYERS = 1;

    /** {@code matrix}: a weight matrix or convolution, f16 in an f16 model; the rest is always f32. */
    private record Tensor(String name, boolean matrix, int... shape) {
        long elements() {
            long n = 1;
            for (int d : shape) {
                n *= d;
            }
            return n;
        }
    }

    private TinyWhisperModel() {
    }

    /** Writes the model; {@code multilingual} chooses the vocabulary size (51865, or 51864 for .en). */
    static Path write(Path file, boolean multilingual) throws IOException {
        return write(file, multilingual, true, Long.MAX_VALUE);
    }

    /**
     * Writes the model, f16 as whisper.cpp's own conversions are or all f32 ({@code ftype} 0), and
     * then cuts the file to {@code keep} bytes (to make cut-off copies).
     */
    static Path write(Path file, boolean multilingual, boolean f16, long keep) throws IOException {
        int vocabulary = multilingual ? 51865 : 51864;
        try (OutputStream stream = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            int32(out, GgmlWhisperFile.MAGIC);
            for (int value : new int[] {vocabulary, AUDIO_CONTEXT, STATE, HEADS, AUDIO_LAYERS, TEXT_CONTEXT, STATE, HEADS,
                    TEXT_LAYERS, MELS, f16 ? 1 : 0}) {
                int32(out, value);
            }
            // mel filters: n_mel, n_fft, zeros
            int32(out, MELS);
            int32(out, 201);
            out.write(new byte[MELS * 201 * Float.BYTES]);
            // a few ordinary tokens, whisper.cpp names the rest itself; it looks up " " by text
            // when it suppresses a blank start (std::map::at: without it the process aborts)
            String[] words = {" hello", " world", " navaa", " "};
            int32(out, words.length);
            for (String word : words) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                int32(out, bytes.length);
                out.write(bytes);
            }
            for (Tensor tensor : tensors(vocabulary)) {
                byte[] name = tensor.name().getBytes(StandardCharsets.UTF_8);
                int32(out, tensor.shape().length);
                int32(out, name.length);
                boolean half = f16 && tensor.matrix();
                int32(out, half ? 1 : 0); // GGML_TYPE_F16 or GGML_TYPE_F32
                for (int d : tensor.shape()) {
                    int32(out, d);
                }
                out.write(name);
                long bytes = tensor.elements() * (half ? 2 : Float.BYTES);
                byte[] zeros = new byte[(int) Math.min(bytes, 1 << 16)];
                for (long left = bytes; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, (int) Math.min(left, zeros.length));
                }
            }
        }
        if (keep < Files.size(file)) {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(keep);
            }
        }
        return file;
    }

    /** whisper.cpp's tensors, shapes in ggml's order (innermost first). */
    private static List<Tensor> tensors(int vocabulary) {
        int s = STATE;
        List<Tensor> list = new ArrayList<>();
        list.add(new Tensor("encoder.positional_embedding", false, s, AUDIO_CONTEXT));
        list.add(new Tensor("encoder.conv1.weight", true, 3, MELS, s));
        list.add(new Tensor("encoder.conv1.bias", false, 1, s));
        list.add(new Tensor("encoder.conv2.weight", true, 3, s, s));
        list.add(new Tensor("encoder.conv2.bias", false, 1, s));
        list.add(new Tensor("encoder.ln_post.weight", false, s));
        list.add(new Tensor("encoder.ln_post.bias", false, s));
        for (int i = 0; i < AUDIO_LAYERS; i++) {
            block(list, "encoder.blocks." + i + ".", "attn", s);
        }
        list.add(new Tensor("decoder.positional_embedding", false, s, TEXT_CONTEXT));
        list.add(new Tensor("decoder.token_embedding.weight", true, s, vocabulary));
        list.add(new Tensor("decoder.ln.weight", false, s));
        list.add(new Tensor("decoder.ln.bias", false, s));
        for (int i = 0; i < TEXT_LAYERS; i++) {
            String p = "decoder.blocks." + i + ".";
            block(list, p, "attn", s);
            list.add(new Tensor(p + "cross_attn_ln.weight", false, s));
            list.add(new Tensor(p + "cross_attn_ln.bias", false, s));
            attention(list, p + "cross_attn.", s);
        }
        return list;
    }

    private static void block(List<Tensor> list, String p, String attention, int s) {
        list.add(new Tensor(p + "mlp_ln.weight", false, s));
        list.add(new Tensor(p + "mlp_ln.bias", false, s));
        list.add(new Tensor(p + "mlp.0.weight", true, s, 4 * s));
        list.add(new Tensor(p + "mlp.0.bias", false, 4 * s));
        list.add(new Tensor(p + "mlp.2.weight", true, 4 * s, s));
        list.add(new Tensor(p + "mlp.2.bias", false, s));
        list.add(new Tensor(p + attention + "_ln.weight", false, s));
        list.add(new Tensor(p + attention + "_ln.bias", false, s));
        attention(list, p + attention + ".", s);
    }

    private static void attention(List<Tensor> list, String p, int s) {
        list.add(new Tensor(p + "query.weight", true, s, s));
        list.add(new Tensor(p + "query.bias", false, s));
        list.add(new Tensor(p + "key.weight", true, s, s));
        list.add(new Tensor(p + "value.weight", true, s, s));
        list.add(new Tensor(p + "value.bias", false, s));
        list.add(new Tensor(p + "out.weight", true, s, s));
        list.add(new Tensor(p + "out.bias", false, s));
    }

    private static void int32(DataOutputStream out, int value) throws IOException {
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }
}
