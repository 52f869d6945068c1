package navaa.models.separation;

import java.util.Arrays;

/** Runs a separator over a whole signal in blocks, as the job's writer does, and splits its output into the two stems. */
final class Stems {

    final float[] vocals;
    final float[] instrumental;

    private Stems(float[] vocals, float[] instrumental) {
        this.vocals = vocals;
        this.instrumental = instrumental;
    }

    /** The output frames, 2·C channels, of {@code in} fed in blocks of the given sizes, round robin, and flushed. */
    static float[] separate(Separator separator, float[] in, int... blockFrames) {
        return separate(separator, in, true, blockFrames);
    }

    static float[] separate(Separator separator, float[] in, boolean flush, int... blockFrames) {
        int channels = separator.inputChannels();
        int frames = in.length / channels;
        float[] out = new float[(frames + separator.latencyFrames()) * 2 * channels];
        int written = 0;
        int at = 0;
        for (int i = 0; at < frames; i++) {
            int n = Math.min(blockFrames[i % blockFrames.length], frames - at);
            float[] block = Arrays.copyOfRange(in, at * channels, (at + n) * channels);
            float[] result = new float[n * 2 * channels];
            int done = separator.process(block, result, n);
            if (done > n) {
                throw new AssertionError(done + " frames out of a block of " + n);
            }
            System.arraycopy(result, 0, out, written * 2 * channels, done * 2 * channels);
            written += done;
            at += n;
        }
        if (flush) {
            float[] tail = new float[separator.latencyFrames() * 2 * channels];
            int done = separator.flush(tail);
            System.arraycopy(tail, 0, out, written * 2 * channels, done * 2 * channels);
            written += done;
        }
        return Arrays.copyOf(out, written * 2 * channels);
    }

    /** Splits 2·C-channel output frames into the vocals and the instrumental, C channels each. */
    static Stems split(float[] output, int channels) {
        int frames = output.length / (2 * channels);
        float[] vocals = new float[frames * channels];
        float[] instrumental = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(output, f * 2 * channels, vocals, f * channels, channels);
            System.arraycopy(output, f * 2 * channels + channels, instrumental, f * channels, channels);
        }
        return new Stems(vocals, instrumental);
    }
}
