package navaa.models.speaker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One component of a Kaldi nnet3 model as written in the file: its name, its type token
 * (e.g. {@code NaturalGradientAffineComponent}) and every {@code <Token> value} pair of its
 * body. The getters check the type of the value, so a file whose layout differs from the
 * one expected fails with a message that names the component and the token.
 * <p>
 * Immutable once read; the arrays handed out are the component's own, not copies (they
 * are large and read only by the network that is built from them).
 */
public final class Nnet3Component {

    private final String name;
    private final String type;
    private final Map<String, Object> values;

    Nnet3Component(String name, String type, Map<String, Object> values) {
        this.name = name;
        this.type = type;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The component's name, e.g. {@code tdnn1.affine}. */
    public String name() {
        return name;
    }

    /** The type without angle brackets, e.g. {@code BatchNormComponent}. */
    public String type() {
        return type;
    }

    /** The tokens of the body, with angle brackets, in file order. */
    public Set<String> tokens() {
        return values.keySet();
    }

    public boolean has(String token) {
        return values.containsKey(token);
    }

    /** An int32 value, e.g. {@code <Dim>}. */
    public int intValue(String token) {
        return scalar4(token).asInt();
    }

    /** A float32 value, e.g. {@code <Epsilon>}. */
    public float floatValue(String token) {
        return scalar4(token).asFloat();
    }

    /** A double value: Kaldi writes e.g. {@code <Count>} as a double (size byte 8). */
    public double doubleValue(String token) {
        return get(token, Double.class, "a double");
    }

    public boolean boolValue(String token) {
        return get(token, Boolean.class, "a bool");
    }

    /** A float matrix, {@code [rows][columns]}. */
    public float[][] matrix(String token) {
        return get(token, float[][].class, "a float matrix");
    }

    public float[] vector(String token) {
        return get(token, float[].class, "a float vector");
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }

    private KaldiBinaryReader.Scalar4 scalar4(String token) {
        return get(token, KaldiBinaryReader.Scalar4.class, "a 4-byte scalar");
    }

    private <T> T get(String token, Class<T> kind, String description) {
        Object value = values.get(token);
        if (value == null) {
            throw new IllegalStateException("nnet3 component " + this + " has no " + token);
        }
        if (!kind.isInstance(value)) {
            throw new IllegalStateException("nnet3 component " + this + " has " + token + " as "
                    + value.getClass().getSimpleName() + ", not " + description);
        }
        return kind.cast(value);
    }
}
