package navaa.models.speaker;

import java.util.ArrayList;
import java.util.List;

/** The frame offsets an nnet3 input descriptor splices, as {@link XVectorSheet} checks them. */
final class SpliceOffsets {

    private SpliceOffsets() {
    }

    /**
     * The frame offsets of an input descriptor that splices one node: {@code node} is
     * offset 0, {@code Offset(node, k)} is k, {@code Append(...)} lists them in order.
     */
    static int[] of(String descriptor, String node, String reader) {
        String d = descriptor.replace(" ", "");
        List<String> terms = new ArrayList<>();
        if (d.startsWith("Append(") && d.endsWith(")")) {
            int depth = 0;
            int start = "Append(".length();
            for (int i = start; i < d.length() - 1; i++) {
                char c = d.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    terms.add(d.substring(start, i));
                    start = i + 1;
                }
            }
            terms.add(d.substring(start, d.length() - 1));
        } else {
            terms.add(d);
        }
        int[] offsets = new int[terms.size()];
        for (int i = 0; i < offsets.length; i++) {
            String term = terms.get(i);
            if (term.equals(node)) {
                offsets[i] = 0;
            } else if (term.startsWith("Offset(" + node + ",") && term.endsWith(")")) {
                offsets[i] = Integer.parseInt(term.substring(("Offset(" + node + ",").length(), term.length() - 1));
            } else {
                throw new IllegalStateException("the nnet3 node " + reader + " has input " + descriptor
                        + "; expected only " + node + " and Offset(" + node + ", k) terms");
            }
            if (i > 0 && offsets[i] <= offsets[i - 1]) {
                throw new IllegalStateException("the nnet3 node " + reader + " splices offsets out of order: " + descriptor);
            }
        }
        return offsets;
    }
}
