package navaa.models.speaker;

/**
 * The x-vector's utterance-level end: the last TDNN layer's batch norm applied to the mean and
 * standard deviation pooled over frames (they transform exactly), then {@code tdnn6.affine}
 * to the 128-dim embedding. Immutable.
 */
final class StatsEmbedding {

    private final float[] lastScale;
    private final float[] lastOffset;
    private final double varianceFloor;
    private final float[][] embeddingWeights;
    private final float[] embeddingBias;

    StatsEmbedding(float[] lastScale, float[] lastOffset, double varianceFloor, float[][] embeddingWeights, float[] embeddingBias) {
        this.lastScale = lastScale;
        this.lastOffset = lastOffset;
        this.varianceFloor = varianceFloor;
        this.embeddingWeights = embeddingWeights;
        this.embeddingBias = embeddingBias;
    }

    /** Dims of the pooled statistics: mean and standard deviation of each of the last layer's outputs. */
    int pooledDim() {
        return 2 * lastScale.length;
    }

    /** The raw embedding of rows {@code [from, to)} of the last layer's ReLU outputs. */
    float[] of(float[][] relu, int from, int to) {
        return embed(pool(relu, from, to));
    }

    /** Mean ‖ standard deviation of the last batch norm's output over the pooled frames. */
    private float[] pool(float[][] relu, int from, int to) {
        int dim = lastScale.length;
        int frames = to - from;
        double[] sum = new double[dim];
        double[] squares = new double[dim];
        for (int t = from; t < to; t++) {
            float[] frame = relu[t];
            for (int d = 0; d < dim; d++) {
                double x = frame[d];
                sum[d] += x;
                squares[d] += x * x;
            }
        }
        float[] pooled = new float[2 * dim];
        for (int d = 0; d < dim; d++) {
            double mean = sum[d] / frames;
            double variance = Math.max(0, squares[d] / frames - mean * mean);
            // the batch norm y = scale·x + offset moves the mean and scales the spread
            double scale = lastScale[d];
            double normMean = scale * mean + lastOffset[d];
            double normVariance = Math.max(varianceFloor, scale * scale * variance);
            pooled[d] = (float) normMean;
            pooled[dim + d] = (float) Math.sqrt(normVariance);
        }
        return pooled;
    }

    private float[] embed(float[] pooled) {
        float[] out = new float[XVectorNetwork.OUTPUT_DIM];
        for (int o = 0; o < XVectorNetwork.OUTPUT_DIM; o++) {
            float[] row = embeddingWeights[o];
            double sum = embeddingBias[o];
            for (int i = 0; i < pooled.length; i++) {
                sum += row[i] * pooled[i];
            }
            out[o] = (float) sum;
        }
        return out;
    }
}
