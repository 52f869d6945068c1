package navaa.models.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@link XVectorNetwork} out of a parsed nnet3 file, checking every name, type,
 * dimension and frame offset against the model sheet's table (docs: models.md, section 3), and
 * folds each batch norm into the next affine layer.
 */
final class XVectorSheet {

    private static final String[] TDNN = {"tdnn1", "tdnn2", "tdnn3", "tdnn4", "tdnn5"};
    private static final int[][] OFFSETS = {{-2, -1, 0, 1, 2}, {-2, 0, 2}, {-3, 0, 3}, {0}, {0}};
    private static final int[] WIDTHS = {512, 512, 512, 512, 1500};
    private static final String EXTRACTION = "stats-extraction-0-400";
    private static final String POOLING = "stats-pooling-0-400";
    private static final String EMBEDDING = "tdnn6.affine";

    private XVectorSheet() {
    }

    /**
     * Builds the network from a parsed nnet3 file.
     *
     * @throws IllegalStateException naming the first node, component, dimension or
     *         offset that differs from the model sheet's table
     */
    static XVectorNetwork build(Nnet3File file) {
        Integer inputDim = file.inputNodes().get("input");
        if (inputDim == null || inputDim != XVectorNetwork.INPUT_DIM) {
            throw new IllegalStateException("the nnet3 file's input-node input has dim " + inputDim + ", expected " + XVectorNetwork.INPUT_DIM);
        }
        String output = file.outputNodes().get("output");
        if (!EMBEDDING.equals(output)) {
            throw new IllegalStateException("the nnet3 file's output-node output reads " + output + ", expected " + EMBEDDING);
        }
        List<TdnnLayer> layers = new ArrayList<>();
        String previous = "input";
        int inDim = XVectorNetwork.INPUT_DIM;
        float[] scale = null;
        float[] offset = null;
        for (int i = 0; i < TDNN.length; i++) {
            String affine = TDNN[i] + ".affine";
            Nnet3File.ComponentNode node = file.node(affine);
            int[] offsets = SpliceOffsets.of(node.input(), previous, affine);
            if (!Arrays.equals(offsets, OFFSETS[i])) {
                throw new IllegalStateException("the nnet3 node " + affine + " splices " + previous + " at offsets "
                        + Arrays.toString(offsets) + ", expected " + Arrays.toString(OFFSETS[i]));
            }
            Nnet3Component component = component(file, node, "NaturalGradientAffineComponent");
            float[][] weights = component.matrix("<LinearParams>");
            float[] bias = component.vector("<BiasParams>");
            checkShape(affine, weights, bias, WIDTHS[i], offsets.length * inDim);
            expectChain(file, TDNN[i] + ".relu", affine, "RectifiedLinearComponent", WIDTHS[i]);
            String batchnorm = TDNN[i] + ".batchnorm";
            Nnet3Component norm = expectChain(file, batchnorm, TDNN[i] + ".relu", "BatchNormComponent", WIDTHS[i]);
            layers.add(new TdnnLayer(offsets, inDim, weights, bias, scale, offset));
            float[][] folded = batchNorm(norm, WIDTHS[i]);
            scale = folded[0];
            offset = folded[1];
            previous = batchnorm;
            inDim = WIDTHS[i];
        }

        Nnet3Component extraction = component(file, file.node(EXTRACTION), "StatisticsExtractionComponent");
        if (!file.node(EXTRACTION).input().equals(previous)) {
            throw new IllegalStateException("the nnet3 node " + EXTRACTION + " reads " + file.node(EXTRACTION).input() + ", expected " + previous);
        }
        expectInt(extraction, "<InputDim>", inDim);
        expectInt(extraction, "<InputPeriod>", 1);
        expectInt(extraction, "<OutputPeriod>", 1);
        // Kaldi writes this token misspelt ("Varinance"); accept the right spelling too
        String includeVariance = extraction.has("<IncludeVarinance>") ? "<IncludeVarinance>" : "<IncludeVariance>";
        if (!extraction.boolValue(includeVariance)) {
            throw new IllegalStateException("the nnet3 component " + EXTRACTION + " extracts no variance; the embedding needs it");
        }
        Nnet3Component pooling = component(file, file.node(POOLING), "StatisticsPoolingComponent");
        if (!file.node(POOLING).input().equals(EXTRACTION)) {
            throw new IllegalStateException("the nnet3 node " + POOLING + " reads " + file.node(POOLING).input() + ", expected " + EXTRACTION);
        }
        expectInt(pooling, "<InputDim>", 2 * inDim + 1);
        expectInt(pooling, "<InputPeriod>", 1);
        expectInt(pooling, "<NumLogCountFeatures>", 0);
        if (!pooling.boolValue("<OutputStddevs>")) {
            throw new IllegalStateException("the nnet3 component " + POOLING + " outputs no standard deviations; the embedding needs them");
        }
        int left = pooling.intValue("<LeftContext>");
        int right = pooling.intValue("<RightContext>");

        Nnet3File.ComponentNode embeddingNode = file.node(EMBEDDING);
        String pooled = embeddingNode.input().replace(" ", "");
        if (!pooled.equals(POOLING) && !pooled.equals("Round(" + POOLING + ",1)")) {
            throw new IllegalStateException("the nnet3 node " + EMBEDDING + " reads " + embeddingNode.input() + ", expected " + POOLING);
        }
        Nnet3Component embedding = component(file, embeddingNode, "NaturalGradientAffineComponent");
        float[][] weights = embedding.matrix("<LinearParams>");
        float[] bias = embedding.vector("<BiasParams>");
        checkShape(EMBEDDING, weights, bias, XVectorNetwork.OUTPUT_DIM, 2 * inDim);
        return new XVectorNetwork(layers, new StatsEmbedding(scale, offset, pooling.floatValue("<VarianceFloor>"), weights, bias), -left, right);
    }

    /** Test-mode batch norm as {scale, offset}: y = scale·x + offset. */
    private static float[][] batchNorm(Nnet3Component norm, int dim) {
        expectInt(norm, "<BlockDim>", dim);
        float epsilon = norm.floatValue("<Epsilon>");
        float targetRms = norm.floatValue("<TargetRms>");
        float[] mean = norm.vector("<StatsMean>");
        float[] variance = norm.vector("<StatsVar>");
        if (mean.length != dim || variance.length != dim) {
            throw new IllegalStateException("the nnet3 component " + norm + " has statistics of " + mean.length + " / "
                    + variance.length + " dims, expected " + dim);
        }
        float[] scale = new float[dim];
        float[] offset = new float[dim];
        for (int d = 0; d < dim; d++) {
            double s = targetRms / Math.sqrt(variance[d] + epsilon);
            scale[d] = (float) s;
            offset[d] = (float) (-mean[d] * s);
        }
        return new float[][]{scale, offset};
    }

    private static Nnet3Component expectChain(Nnet3File file, String name, String input, String type, int dim) {
        Nnet3File.ComponentNode node = file.node(name);
        if (!node.input().equals(input)) {
            throw new IllegalStateException("the nnet3 node " + name + " reads " + node.input() + ", expected " + input);
        }
        Nnet3Component component = component(file, node, type);
        expectInt(component, "<Dim>", dim);
        return component;
    }

    private static Nnet3Component component(Nnet3File file, Nnet3File.ComponentNode node, String type) {
        Nnet3Component component = file.component(node.component());
        if (!component.type().equals(type)) {
            throw new IllegalStateException("the nnet3 node " + node.name() + " runs a " + component.type() + ", expected a " + type);
        }
        return component;
    }

    private static void expectInt(Nnet3Component component, String token, int expected) {
        int actual = component.intValue(token);
        if (actual != expected) {
            throw new IllegalStateException("the nnet3 component " + component + " has " + token + " " + actual + ", expected " + expected);
        }
    }

    private static void checkShape(String name, float[][] weights, float[] bias, int out, int in) {
        if (weights.length != out || weights[0].length != in || bias.length != out) {
            throw new IllegalStateException("the nnet3 component " + name + " is " + weights[0].length + " → " + weights.length
                    + " (bias " + bias.length + "), expected " + in + " → " + out);
        }
    }
}
