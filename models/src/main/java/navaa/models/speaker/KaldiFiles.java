package navaa.models.speaker;

import java.nio.charset.StandardCharsets;

/**
 * The two small Kaldi files beside the x-vector network: {@code transform.mat} is a binary
 * float matrix ({@code \0BFM }, then rows, columns and the floats) and {@code mean.vec} a
 * text vector ({@code [ 4.45 4.67 … ]}). Kaldi's tools write either form; these are the
 * forms the model ships.
 */
final class KaldiFiles {

    private KaldiFiles() {
    }

    /** A Kaldi binary float matrix file, {@code [rows][columns]}. */
    static float[][] binaryMatrix(byte[] bytes, String what) {
        KaldiBinaryReader in = new KaldiBinaryReader(bytes, what);
        in.expectBinaryHeader();
        float[][] matrix = in.readFloatMatrix();
        if (!in.atEnd()) {
            throw in.error("has bytes after its matrix at byte " + in.position());
        }
        return matrix;
    }

    /** A Kaldi text vector: {@code [ v0 v1 … ]}. */
    static float[] textVector(byte[] bytes, String what) {
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new IllegalStateException(what + " is not a Kaldi text vector ([ … ])");
        }
        String inside = text.substring(1, text.length() - 1).strip();
        if (inside.isEmpty()) {
            return new float[0];
        }
        String[] parts = inside.split("\\s+");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                vector[i] = Float.parseFloat(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(what + " has \"" + parts[i] + "\" where a number should be", e);
            }
        }
        return vector;
    }
}
