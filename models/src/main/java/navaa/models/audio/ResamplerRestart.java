package navaa.models.audio;

import java.math.BigInteger;

/**
 * Where a fresh resampler must start so that, from a target output frame on, it gives the
 * samples an uninterrupted one gives. Its polyphase filter's phase repeats every
 * {@code in / gcd(in, out)} input samples ({@code out / gcd} output frames), and its state is
 * the last filter-length input samples; so the restart is on a period boundary at least
 * {@link #WARMUP} input samples before the target. Without rate change nothing is carried over.
 *
 * @param outputFrame the output frame the fresh resampler's first output is
 * @param inputSample the input sample to feed it from; {@code outputFrame / out == inputSample / in}
 */
record ResamplerRestart(long outputFrame, long inputSample) {

    /**
     * Input samples before the target; libswresample's default filter spans under 200 even
     * from 48 kHz to 8 kHz, so this leaves a wide margin for little work.
     */
    static final long WARMUP = 8192;

    /** @param inputRate and {@code outputRate} in Hz; {@code target} in output frames */
    static ResamplerRestart before(long target, int inputRate, int outputRate) {
        if (inputRate == outputRate) {
            return new ResamplerRestart(target, target);
        }
        long gcd = BigInteger.valueOf(inputRate).gcd(BigInteger.valueOf(outputRate)).longValue();
        long outputPeriod = outputRate / gcd;
        long warmupFrames = (WARMUP * outputRate + inputRate - 1) / inputRate;
        long periods = Math.max(0, (target - warmupFrames) / outputPeriod);
        return new ResamplerRestart(periods * outputPeriod, periods * (inputRate / gcd));
    }
}
