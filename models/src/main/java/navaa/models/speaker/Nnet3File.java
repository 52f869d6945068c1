package navaa.models.speaker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Kaldi nnet3 model as {@link Nnet3Reader} found it: the graph of the config section
 * (input nodes, component nodes with their input descriptors, output nodes) and the
 * components by name, both in file order. Nothing is interpreted yet: that is
 * {@link XVectorNetwork}'s job.
 *
 * @param inputNodes input-node name → dim, e.g. {@code input → 23}
 * @param componentNodes component-node name → its node
 * @param outputNodes output-node name → its input descriptor, e.g. {@code output → tdnn6.affine}
 * @param components component name → component
 */
public record Nnet3File(Map<String, Integer> inputNodes,
                        Map<String, ComponentNode> componentNodes,
                        Map<String, String> outputNodes,
                        Map<String, Nnet3Component> components) {

    public Nnet3File {
        inputNodes = ordered(inputNodes);
        componentNodes = ordered(componentNodes);
        outputNodes = ordered(outputNodes);
        components = ordered(components);
    }

    /** The component called {@code name}, or a clear failure if the file has none. */
    public Nnet3Component component(String name) {
        Nnet3Component component = components.get(name);
        if (component == null) {
            throw new IllegalStateException("the nnet3 file has no component " + name + "; it has " + components.keySet());
        }
        return component;
    }

    /** The component-node called {@code name}, or a clear failure if the file has none. */
    public ComponentNode node(String name) {
        ComponentNode node = componentNodes.get(name);
        if (node == null) {
            throw new IllegalStateException("the nnet3 file has no component-node " + name + "; it has " + componentNodes.keySet());
        }
        return node;
    }

    /**
     * A {@code component-node} line of the config section.
     *
     * @param name the node's name
     * @param component the name of the component it runs
     * @param input its input descriptor as written, e.g.
     *        {@code Append(Offset(input, -2), input, Offset(input, 2))}
     */
    public record ComponentNode(String name, String component, String input) {
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
