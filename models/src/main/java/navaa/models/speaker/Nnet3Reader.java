package navaa.models.speaker;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Kaldi nnet3 model written in binary mode ({@code nnet3-copy --binary=true}), as
 * {@code Nnet::Write} lays it out:
 * <pre>
 * \0B&lt;Nnet3&gt; \n
 * config lines (input-node / component-node / output-node), then an empty line
 * &lt;NumComponents&gt; int
 * 22 × ( &lt;ComponentName&gt; name &lt;SomeComponent&gt; (&lt;Token&gt; value)* &lt;/SomeComponent&gt; )
 * &lt;/Nnet3&gt;
 * </pre>
 * Component bodies are read token by token without a table of component types: the bytes
 * after each token say what kind of value follows (see {@link KaldiBinaryReader}), which is
 * enough to step over values that nobody needs (natural-gradient settings, ReLU
 * statistics, the 5164-way training head) and to keep those that
 * {@link XVectorNetwork} does. Whether a 4-byte scalar is an int or a float is left to
 * the caller, who knows the token; a double (Kaldi writes {@code <Count>} and the
 * self-repair counters that way) is recognised by its size byte 8.
 * <p>
 * Only the binary form with float matrices is supported; a text model or one with
 * compressed matrices fails with the byte offset of the first thing not understood.
 */
public final class Nnet3Reader {

    /** {@code key=value} in a config line; a value (a descriptor) may contain spaces but no '='. */
    private static final Pattern FIELD = Pattern.compile("([\\w-]+)=(.*?)(?=\\s+[\\w-]+=|\\s*$)");

    private Nnet3Reader() {
    }

    /** @param bytes the whole file, e.g. {@code final.ext.raw} */
    public static Nnet3File read(byte[] bytes) {
        KaldiBinaryReader in = new KaldiBinaryReader(bytes, "the nnet3 file");
        in.expectBinaryHeader();
        in.expectToken("<Nnet3>");
        int configStart = in.position();
        String rest = new String(bytes, configStart, Math.min(bytes.length - configStart, 1 << 16), StandardCharsets.ISO_8859_1);
        int configEnd = rest.indexOf("<NumComponents>");
        if (configEnd < 0) {
            throw new IllegalStateException("the nnet3 file has no <NumComponents> after its config section");
        }
        Map<String, Integer> inputs = new LinkedHashMap<>();
        Map<String, Nnet3File.ComponentNode> nodes = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        readConfig(rest.substring(0, configEnd), inputs, nodes, outputs);

        in.seek(configStart + configEnd);
        in.expectToken("<NumComponents>");
        int count = in.readInt();
        Map<String, Nnet3Component> components = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Nnet3Component component = readComponent(in);
            components.put(component.name(), component);
        }
        in.expectToken("</Nnet3>");
        if (!in.atEnd()) {
            throw in.error("has bytes after </Nnet3> at byte " + in.position());
        }
        for (Nnet3File.ComponentNode node : nodes.values()) {
            if (!components.containsKey(node.component())) {
                throw new IllegalStateException("the nnet3 file's node " + node.name() + " runs component "
                        + node.component() + ", which the file does not contain");
            }
        }
        return new Nnet3File(inputs, nodes, outputs, components);
    }

    private static void readConfig(String config, Map<String, Integer> inputs,
                                   Map<String, Nnet3File.ComponentNode> nodes, Map<String, String> outputs) {
        for (String line : config.split("\n")) {
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            String kind = space < 0 ? line : line.substring(0, space);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(space < 0 ? "" : line.substring(space + 1));
            while (m.find()) {
                fields.put(m.group(1), m.group(2).strip());
            }
            switch (kind) {
                case "input-node" -> inputs.put(required(fields, "name", line), Integer.parseInt(required(fields, "dim", line)));
                case "component-node" -> {
                    String name = required(fields, "name", line);
                    nodes.put(name, new Nnet3File.ComponentNode(name, required(fields, "component", line), required(fields, "input", line)));
                }
                case "output-node" -> outputs.put(required(fields, "name", line), required(fields, "input", line));
                // dim-range-node and the like: this model has none, and nothing here needs them
                default -> throw new IllegalStateException("the nnet3 file has a config line this reader does not know: " + line);
            }
        }
    }

    private static String required(Map<String, String> fields, String key, String line) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("the nnet3 config line has no " + key + "=: " + line);
        }
        return value;
    }

    private static Nnet3Component readComponent(KaldiBinaryReader in) {
        in.expectToken("<ComponentName>");
        String name = in.word();
        String typeToken = in.token();
        String type = typeToken.substring(1, typeToken.length() - 1);
        String end = "</" + type + ">";
        Map<String, Object> values = new LinkedHashMap<>();
        for (String token = in.token(); !token.equals(end); token = in.token()) {
            if (in.peek() == KaldiBinaryReader.ValueKind.TOKEN) {
                // a token without a value (a flag): nothing in this model, kept for completeness
                values.put(token, "");
            } else {
                values.put(token, in.readAnyValue());
            }
        }
        return new Nnet3Component(name, type, values);
    }
}
