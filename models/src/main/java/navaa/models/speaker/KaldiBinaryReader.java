package navaa.models.speaker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads Kaldi's binary serialisation (the {@code \0B} mode of {@code kaldi-io}) from a byte
 * array, little-endian as written on x86.
 * <p>
 * The encodings, as {@code base/io-funcs.h} writes them:
 * <ul>
 * <li>a token is ASCII up to a single space, e.g. {@code "<Dim> "};</li>
 * <li>a scalar is one size byte (4 for int32 and float, 8 for double) and that many
 * bytes: an int and a float look alike, only the token says which;</li>
 * <li>a bool is a bare {@code T} or {@code F}, with no size byte and no space;</li>
 * <li>a float matrix is the token {@code FM}, rows and columns as int32 scalars, then
 * rows × columns float32 row-major; a float vector is {@code FV}, a length, the floats.</li>
 * </ul>
 * Every read checks what it finds and fails with the byte offset, so a file that differs
 * from what the caller expects stops at the first difference rather than reading
 * garbage.
 */
final class KaldiBinaryReader {

    /** What a value after a token looks like, decided from its first bytes. */
    enum ValueKind { TOKEN, SCALAR, BOOL, FLOAT_MATRIX, FLOAT_VECTOR }

    private final ByteBuffer buffer;
    private final String what;

    /** @param what the file, for messages */
    KaldiBinaryReader(byte[] bytes, String what) {
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.what = what;
    }

    /** Checks the {@code \0B} that opens every Kaldi binary object. */
    void expectBinaryHeader() {
        if (buffer.remaining() < 2 || buffer.get() != 0 || buffer.get() != 'B') {
            throw error("is not a Kaldi binary file (no \\0B header)");
        }
    }

    boolean atEnd() {
        return !buffer.hasRemaining();
    }

    int position() {
        return buffer.position();
    }

    /** Continues at byte {@code position}, e.g. after text that was read as a string. */
    void seek(int position) {
        buffer.position(position);
    }

    /** Reads text up to the next space (a token, or a name such as a component's). */
    String word() {
        int start = buffer.position();
        while (buffer.hasRemaining() && buffer.get() != ' ') {
            // scanning to the space
        }
        int end = buffer.position() - 1;
        if (end < start || buffer.get(end) != ' ') {
            throw error("ends inside a word that started at byte " + start);
        }
        return new String(buffer.array(), start, end - start, StandardCharsets.US_ASCII);
    }

    /** Reads a token such as {@code <Dim>}. */
    String token() {
        int at = buffer.position();
        String token = word();
        if (!token.startsWith("<") || !token.endsWith(">")) {
            throw error("has \"" + token + "\" at byte " + at + " where a <Token> should be");
        }
        return token;
    }

    void expectToken(String expected) {
        int at = buffer.position();
        String token = token();
        if (!token.equals(expected)) {
            throw error("has " + token + " at byte " + at + " where " + expected + " should be");
        }
    }

    /** What the next value is, without reading it. */
    ValueKind peek() {
        if (!buffer.hasRemaining()) {
            throw error("ends where a value or token should be");
        }
        int at = buffer.position();
        byte first = buffer.get(at);
        byte second = buffer.remaining() > 1 ? buffer.get(at + 1) : 0;
        byte third = buffer.remaining() > 2 ? buffer.get(at + 2) : 0;
        if (first == '<') {
            return ValueKind.TOKEN;
        }
        if (first == 4 || first == 8) {
            return ValueKind.SCALAR;
        }
        // "F" alone is false; "FM " and "FV " open a matrix and a vector
        if (first == 'F' && third == ' ' && second == 'M') {
            return ValueKind.FLOAT_MATRIX;
        }
        if (first == 'F' && third == ' ' && second == 'V') {
            return ValueKind.FLOAT_VECTOR;
        }
        if (first == 'T' || first == 'F') {
            return ValueKind.BOOL;
        }
        throw error("has byte 0x" + Integer.toHexString(first & 0xff) + " at byte " + at
                + ", which opens no value this reader knows (double matrices and compressed"
                + " matrices are not supported)");
    }

    int readInt() {
        expectSize(4, "an int32");
        return buffer.getInt();
    }

    float readFloat() {
        expectSize(4, "a float");
        return buffer.getFloat();
    }

    /** Kaldi writes some counts (e.g. {@code <Count>}) as doubles: size byte 8. */
    double readDouble() {
        expectSize(8, "a double");
        return buffer.getDouble();
    }

    boolean readBool() {
        int at = buffer.position();
        byte b = buffer.get();
        if (b == 'T') {
            return true;
        }
        if (b == 'F') {
            return false;
        }
        throw error("has byte 0x" + Integer.toHexString(b & 0xff) + " at byte " + at + " where a bool (T/F) should be");
    }

    /** A float matrix, row-major: {@code [rows][columns]}. */
    float[][] readFloatMatrix() {
        expectWord("FM");
        int rows = readInt();
        int columns = readInt();
        checkLength(rows, columns);
        float[][] matrix = new float[rows][columns];
        for (float[] row : matrix) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + 4 * columns);
        }
        return matrix;
    }

    float[] readFloatVector() {
        expectWord("FV");
        int length = readInt();
        checkLength(1, length);
        float[] vector = new float[length];
        buffer.asFloatBuffer().get(vector);
        buffer.position(buffer.position() + 4 * length);
        return vector;
    }

    /** Reads whatever value comes next, for a token whose value the caller does not need. */
    Object readAnyValue() {
        return switch (peek()) {
            case SCALAR -> buffer.get(buffer.position()) == 8 ? (Object) readDouble() : (Object) new Scalar4(readInt());
            case BOOL -> readBool();
            case FLOAT_MATRIX -> readFloatMatrix();
            case FLOAT_VECTOR -> readFloatVector();
            case TOKEN -> throw error("has a token at byte " + buffer.position() + " where a value should be");
        };
    }

    IllegalStateException error(String message) {
        return new IllegalStateException(what + " " + message);
    }

    private void expectWord(String expected) {
        int at = buffer.position();
        String word = word();
        if (!word.equals(expected)) {
            throw error("has \"" + word + "\" at byte " + at + " where " + expected + " should be");
        }
    }

    private void expectSize(int size, String type) {
        int at = buffer.position();
        if (!buffer.hasRemaining()) {
            throw error("ends where " + type + " should be");
        }
        byte actual = buffer.get();
        if (actual != size) {
            throw error("has size byte " + actual + " at byte " + at + " where " + type + " (size " + size + ") should be");
        }
        if (buffer.remaining() < size) {
            throw error("ends inside " + type + " at byte " + at);
        }
    }

    private void checkLength(int rows, int columns) {
        if (rows < 0 || columns < 0 || (long) rows * columns * 4 > buffer.remaining()) {
            throw error("has a " + rows + " × " + columns + " array at byte " + buffer.position()
                    + " that is longer than the rest of the file");
        }
    }

    /**
     * A 4-byte scalar whose type only its token knows: {@link #asInt()} or
     * {@link #asFloat()} decides.
     */
    record Scalar4(int bits) {

        int asInt() {
            return bits;
        }

        float asFloat() {
            return Float.intBitsToFloat(bits);
        }
    }
}
