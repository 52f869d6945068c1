package navaa.models.transcription;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a whisper.cpp model file's structure without loading its weights, so that a wrong
 * file is refused in Java before native code sees it. whisper.cpp 1.7 checks only the magic
 * number: a file that starts with it but ends early (a header, a cut-off copy) "loads" as an
 * empty model with no weights ({@code WARN no tensors loaded from model file - assuming empty
 * model for testing}) and then transcribes garbage. So this walks the whole file: the magic
 * {@code 0x67676d6c} ("ggml", little-endian, the only one whisper.cpp accepts), eleven int32
 * hyper-parameters, the mel filter bank, the vocabulary, then every tensor's header, skipping
 * its data, and requires exactly the tensors a Whisper model of those dimensions has, the
 * last one ending where the file ends. It also refuses the two well-formed files seen to abort
 * the whole JVM inside whisper.cpp 1.7.1 (so the server): f32 convolution weights, and a
 * vocabulary without the {@code " "} token.
 */
public final class GgmlWhisperFile {

    /** {@code GGML_FILE_MAGIC}: the bytes {@code l m g g}. */
    public static final int MAGIC = 0x67676d6c;
    /** whisper.cpp stores {@code qntvr * 1000 + ftype} in the ftype field. */
    private static final int QUANTIZATION_VERSION_FACTOR = 1000;
    /** The multilingual models' vocabulary size (English-only ones have 51864). */
    private static final int MULTILINGUAL_VOCABULARY = 51865;

    private GgmlWhisperFile() {
    }

    /** What the header says about the model. */
    public record Header(int vocabulary, int audioContext, int audioState, int audioHeads, int audioLayers,
                         int textContext, int textState, int textHeads, int textLayers, int mels, int ftype,
                         int tensors, long bytes) {

        /** Multilingual (Persian possible) rather than an English-only {@code .en} model. */
        public boolean multilingual() {
            return vocabulary >= MULTILINGUAL_VOCABULARY;
        }

        /** OpenAI's size name by the encoder's layers, as whisper.cpp names it; {@code "unknown"} otherwise. */
        public String size() {
            return switch (audioLayers) {
                case 4 -> "tiny";
                case 6 -> "base";
                case 12 -> "small";
                case 24 -> "medium";
                case 32 -> "large";
                default -> "unknown";
            };
        }

        /** The number of tensors whisper.cpp expects for these layer counts. */
        public static int expectedTensors(int audioLayers, int textLayers) {
            // encoder: positional embedding, conv1 and conv2 weight and bias, ln_post weight and bias;
            // per block: mlp_ln 2, mlp.0 2, mlp.2 2, attn_ln 2, query 2, key 1, value 2, out 2
            // decoder: positional embedding, token embedding, ln weight and bias;
            // per block: the encoder block's 15 and cross_attn_ln 2, cross_attn q/k/v/out 7
            return 7 + 15 * audioLayers + 4 + 24 * textLayers;
        }

        public String describe() {
            return size() + (multilingual() ? "" : ".en") + " (" + audioLayers + "+" + textLayers + " layers, "
                    + ftypeName(ftype) + ", " + tensors + " tensors)";
        }
    }

    /**
     * The file's header, once its whole structure has been checked.
     *
     * @throws IOException the file cannot be read
     * @throws InvalidModelException it can, but it is not a complete ggml Whisper model; the
     *                               message says what is wrong, in words for an operator
     */
    public static Header read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        }
    }

    /** {@link #read(Path)} of a file already open, from its start; the caller closes it. */
    public static Header read(FileChannel channel) throws IOException {
        Reader in = new Reader(channel);
        if (channel.size() < 4) {
            throw new InvalidModelException("it is " + channel.size() + " bytes long, not a ggml model file");
        }
        int magic = in.int32();
        if (magic != MAGIC) {
            throw new InvalidModelException(String.format(
                    "it does not start with the ggml magic number (0x%08x, the bytes \"lmgg\") but with 0x%08x:"
                            + " whisper.cpp reads only ggml model files such as ggml-base.bin", MAGIC, magic));
        }
        int vocabulary = in.bounded("n_vocab", 1, 1 << 20);
        int audioContext = in.bounded("n_audio_ctx", 1, 1 << 16);
        int audioState = in.bounded("n_audio_state", 1, 1 << 16);
        int audioHeads = in.bounded("n_audio_head", 1, 1 << 10);
        int audioLayers = in.bounded("n_audio_layer", 1, 1 << 8);
        int textContext = in.bounded("n_text_ctx", 1, 1 << 16);
        int textState = in.bounded("n_text_state", 1, 1 << 16);
        int textHeads = in.bounded("n_text_head", 1, 1 << 10);
        int textLayers = in.bounded("n_text_layer", 1, 1 << 8);
        int mels = in.bounded("n_mels", 1, 1 << 10);
        int ftype = in.bounded("ftype", 0, 100 * QUANTIZATION_VERSION_FACTOR) % QUANTIZATION_VERSION_FACTOR;
        if (audioState % audioHeads != 0 || textState % textHeads != 0) {
            throw new InvalidModelException("its attention heads do not divide its state size");
        }

        int filterMels = in.bounded("the mel filters' n_mel", 1, 1 << 10);
        int filterFft = in.bounded("the mel filters' n_fft", 1, 1 << 14);
        in.skip((long) filterMels * filterFft * Float.BYTES, "the mel filters");

        int tokens = in.bounded("the vocabulary's length", 0, 1 << 20);
        boolean space = false;
        for (int i = 0; i < tokens; i++) {
            int length = in.bounded("token " + i + "'s length", 0, 1 << 12);
            if (length == 1) {
                space |= in.text(1).equals(" ");
            } else {
                in.skip(length, "token " + i);
            }
        }
        if (!space) {
            // whisper.cpp looks " " up with std::map::at when it decodes: the process would abort
            throw new InvalidModelException("its vocabulary has no \" \" token, which every Whisper vocabulary has");
        }

        int expected = Header.expectedTensors(audioLayers, textLayers);
        int tensors = 0;
        while (!in.atEnd()) {
            int dims = in.bounded("a tensor's dimension count", 1, 4);
            int nameLength = in.bounded("a tensor's name length", 1, 1 << 10);
            int type = in.int32();
            long elements = 1;
            for (int d = 0; d < dims; d++) {
                elements = Math.multiplyExact(elements, in.bounded("a tensor's dimension", 1, Integer.MAX_VALUE));
            }
            String name = in.text(nameLength);
            long size = dataSize(type, elements, name);
            if (name.startsWith("encoder.conv") && name.endsWith(".weight") && type != 1) {
                // whisper.cpp 1.7.1 loads such a file, then fails GGML_ASSERT(src0->type == GGML_TYPE_F16)
                // on the first segment, which aborts the whole JVM
                throw new InvalidModelException("its convolution weights (" + name + ") are not f16, as in an"
                        + " all-f32 conversion; whisper.cpp would abort the server on the first segment."
                        + " Use the f16 or a quantized file (ggml-small.bin, ggml-small-q5_1.bin)");
            }
            in.skip(size, "tensor " + name + "'s " + size + " bytes");
            tensors++;
            if (tensors > expected) {
                break;
            }
        }
        if (tensors == 0) {
            throw new InvalidModelException("it has a ggml Whisper header but no weights after it"
                    + " (a cut-off copy?); whisper.cpp would load it as an empty test model");
        }
        if (tensors != expected) {
            throw new InvalidModelException("it holds " + (tensors > expected ? "more than " : "")
                    + tensors + " tensors, but a Whisper model with " + audioLayers + "+" + textLayers
                    + " layers has " + expected);
        }
        return new Header(vocabulary, audioContext, audioState, audioHeads, audioLayers, textContext, textState,
                textHeads, textLayers, mels, ftype, tensors, channel.size());
    }

    /** The file is readable but not a ggml Whisper model; the message completes "The model file is not usable: ...". */
    public static final class InvalidModelException extends IOException {

        private static final long serialVersionUID = 1L;

        InvalidModelException(String message) {
            super(message);
        }
    }

    /** Bytes of a tensor's data, by ggml's type sizes and block sizes ({@code ggml_type_size / ggml_blck_size}). */
    private static long dataSize(int type, long elements, String name) throws InvalidModelException {
        int bytes;
        int block;
        switch (type) {
            case 0 -> { bytes = 4; block = 1; }        // F32
            case 1 -> { bytes = 2; block = 1; }        // F16
            case 2 -> { bytes = 18; block = 32; }      // Q4_0
            case 3 -> { bytes = 20; block = 32; }      // Q4_1
            case 6 -> { bytes = 22; block = 32; }      // Q5_0
            case 7 -> { bytes = 24; block = 32; }      // Q5_1
            case 8 -> { bytes = 34; block = 32; }      // Q8_0
            case 10 -> { bytes = 84; block = 256; }    // Q2_K
            case 11 -> { bytes = 110; block = 256; }   // Q3_K
            case 12 -> { bytes = 144; block = 256; }   // Q4_K
            case 13 -> { bytes = 176; block = 256; }   // Q5_K
            case 14 -> { bytes = 210; block = 256; }   // Q6_K
            default -> throw new InvalidModelException("tensor " + name + " has the ggml type " + type
                    + ", which whisper.cpp 1.7 models do not use");
        }
        if (elements % block != 0) {
            throw new InvalidModelException("tensor " + name + " has " + elements
                    + " elements, not whole blocks of " + block);
        }
        return elements / block * bytes;
    }

    static String ftypeName(int ftype) {
        return switch (ftype) {
            case 0 -> "f32";
            case 1 -> "f16";
            case 2 -> "q4_0";
            case 3 -> "q4_1";
            case 7 -> "q8_0";
            case 8 -> "q5_0";
            case 9 -> "q5_1";
            default -> "ftype " + ftype;
        };
    }

    /** Little-endian reads through a buffer, skipping by seeking; every read past the end is an invalid model. */
    private static final class Reader {
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        /** The file position of the buffer's first byte. */
        private long bufferStart;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
            buffer.limit(0);
        }

        long position() {
            return bufferStart + buffer.position();
        }

        boolean atEnd() {
            return position() >= size;
        }

        int int32() throws IOException {
            need(4, "a number");
            return buffer.getInt();
        }

        int bounded(String what, int min, int max) throws IOException {
            int value = int32();
            if (value < min || value > max) {
                throw new InvalidModelException(what + " is " + value + ", which no Whisper model has");
            }
            return value;
        }

        String text(int length) throws IOException {
            need(length, "a tensor name");
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void skip(long bytes, String what) throws IOException {
            long target = position() + bytes;
            if (target > size) {
                throw new InvalidModelException("it ends " + (target - size) + " bytes short, inside " + what
                        + " (a cut-off copy?)");
            }
            if (bytes <= buffer.remaining()) {
                buffer.position(buffer.position() + (int) bytes);
            } else {
                bufferStart = target;
                buffer.clear().limit(0);
            }
        }

        private void need(int bytes, String what) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            if (position() + bytes > size) {
                throw new InvalidModelException("it ends " + (position() + bytes - size)
                        + " bytes short, inside " + what + " (a cut-off copy?)");
            }
            long start = position();
            buffer.compact();
            bufferStart = start;
            long end = Math.min(size, start + buffer.capacity());
            while (bufferStart + buffer.position() < end) {
                if (channel.read(buffer, bufferStart + buffer.position()) < 0) {
                    throw new EOFException();
                }
            }
            buffer.flip();
        }
    }
}
