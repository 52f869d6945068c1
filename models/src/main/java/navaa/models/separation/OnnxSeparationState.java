package navaa.models.separation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * An {@link OnnxSeparationModel}'s stream between two blocks, for a checkpoint.
 *
 * @param model   the model's file name
 * @param chunk   input of the unfinished chunk, channel after channel, as many samples each
 *                as it has so far
 * @param tail    the last O outputs of the previous chunk per stem kept and channel, to fade
 *                from
 * @param pending outputs not yet handed out, interleaved 2·C channels
 */
record OnnxSeparationState(String model, int channels, int sampleRate, int chunkFrames, int overlapFrames, long taken,
                    long pushed, float[] chunk, float[] tail, float[] pending) implements Serializable {

    OnnxSeparationState {
        // copied going in; only the model's restore reads them, and it copies them out
        chunk = chunk.clone();
        tail = tail.clone();
        pending = pending.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnnxSeparationState that && model.equals(that.model) && channels == that.channels
                && sampleRate == that.sampleRate && chunkFrames == that.chunkFrames
                && overlapFrames == that.overlapFrames && taken == that.taken && pushed == that.pushed
                && Arrays.equals(chunk, that.chunk) && Arrays.equals(tail, that.tail)
                && Arrays.equals(pending, that.pending);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, channels, sampleRate, chunkFrames, overlapFrames, taken, pushed);
    }

    @Override
    public String toString() {
        return "state of " + model + " after " + taken + " frames";
    }
}
