package navaa.models.speaker;

/**
 * One TDNN layer of {@link XVectorNetwork}: an affine map of frames spliced at fixed
 * offsets, then ReLU. The previous layer's batch norm is folded in:
 * W' = W·diag(scale), b' = b + W·offset.
 * <p>
 * The weights are stored transposed, one array of {@code outDim} per input value, and
 * each frame's output is its own array: the kernel is then {@code y[o] += x·w[o]} over
 * two arrays indexed alike from 0, the shape HotSpot 17's auto-vectoriser turns into SIMD
 * (with one flat array and two base offsets it stays scalar, about 8× slower). The
 * non-zero inputs of a frame are gathered first and applied four rows at a time, so a
 * zero input (half of the ReLU outputs) costs nothing and each pass over {@code y} does
 * four multiply-adds per element. Frames go in blocks and inputs in chunks so that the
 * weight rows in use stay in the core's cache across the block.
 * <p>
 * Immutable and thread-safe: {@link #apply} allocates its own buffers.
 */
final class TdnnLayer {

    /** Output frames computed together: each weight row is then fetched once per block. */
    private static final int FRAME_BLOCK = 16;
    /** Input values gathered at once: 128 rows of 512 floats, 256 KB, stay in L2. */
    private static final int CHUNK = 128;

    private final int[] offsets;
    private final int inDim;
    private final int outDim;
    private final float[][] rows;
    private final float[] bias;

    /**
     * @param offsets the frames spliced, relative to the output frame, ascending
     * @param inDim values per input frame
     * @param weights {@code [out][offsets.length · inDim]}: the Append in offset order
     * @param bias {@code [out]}
     * @param scale the previous batch norm's scale per input value, or null if there is none
     * @param offset the previous batch norm's offset per input value, or null
     */
    TdnnLayer(int[] offsets, int inDim, float[][] weights, float[] bias, float[] scale, float[] offset) {
        this.offsets = offsets.clone();
        this.inDim = inDim;
        this.outDim = weights.length;
        rows = new float[offsets.length * inDim][outDim];
        this.bias = new float[outDim];
        for (int o = 0; o < outDim; o++) {
            double b = bias[o];
            for (int r = 0; r < rows.length; r++) {
                int j = r % inDim;
                double w = weights[o][r];
                if (scale != null) {
                    b += w * offset[j];
                    w *= scale[j];
                }
                rows[r][o] = (float) w;
            }
            this.bias[o] = (float) b;
        }
    }

    /** The spliced frame offsets, ascending: the first is the left context, the last the right. */
    int[] offsets() {
        return offsets.clone();
    }

    int outDim() {
        return outDim;
    }

    /**
     * @param in input frames from frame {@code inFirst} on, {@code inDim} values each;
     *        must cover {@code first + offsets[0] .. last + offsets[last]}
     * @return ReLU outputs for frames {@code first..last}, {@code outDim} values each
     */
    float[][] apply(float[][] in, int inFirst, int first, int last) {
        int frames = last - first + 1;
        float[][] out = new float[frames][];
        for (int f = 0; f < frames; f++) {
            out[f] = bias.clone();
        }
        int[] gathered = new int[CHUNK];
        float[] values = new float[CHUNK];
        for (int block = 0; block < frames; block += FRAME_BLOCK) {
            int blockEnd = Math.min(frames, block + FRAME_BLOCK);
            for (int k = 0; k < offsets.length; k++) {
                // the input of output frame f at this offset is in[f + shift]
                int shift = first + offsets[k] - inFirst;
                for (int chunk = 0; chunk < inDim; chunk += CHUNK) {
                    int chunkEnd = Math.min(inDim, chunk + CHUNK);
                    for (int f = block; f < blockEnd; f++) {
                        float[] x = in[f + shift];
                        int n = 0;
                        for (int j = chunk; j < chunkEnd; j++) {
                            if (x[j] != 0f) {
                                gathered[n] = k * inDim + j;
                                values[n++] = x[j];
                            }
                        }
                        float[] y = out[f];
                        int g = 0;
                        for (; g + 4 <= n; g += 4) {
                            axpy4(values[g], rows[gathered[g]], values[g + 1], rows[gathered[g + 1]],
                                    values[g + 2], rows[gathered[g + 2]], values[g + 3], rows[gathered[g + 3]], y);
                        }
                        for (; g < n; g++) {
                            axpy(values[g], rows[gathered[g]], y);
                        }
                    }
                }
            }
        }
        for (float[] y : out) {
            for (int o = 0; o < y.length; o++) {
                y[o] = Math.max(0f, y[o]);
            }
        }
        return out;
    }

    private static void axpy4(float a, float[] wa, float b, float[] wb, float c, float[] wc, float d, float[] wd, float[] y) {
        for (int o = 0; o < y.length; o++) {
            y[o] += a * wa[o] + b * wb[o] + c * wc[o] + d * wd[o];
        }
    }

    private static void axpy(float a, float[] w, float[] y) {
        for (int o = 0; o < y.length; o++) {
            y[o] += a * w[o];
        }
    }
}
